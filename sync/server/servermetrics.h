#pragma once

#include <QByteArray>
#include <QHash>

#include <array>

// What /metrics reports (Prometheus text format 0.0.4): counters kept as the server
// works, and gauges read when asked.
class ServerMetrics
{
public:
    static constexpr std::array<double, 10> LatencyBuckets{0.0005, 0.001, 0.0025, 0.005, 0.01,
                                                           0.025,  0.05,  0.1,    0.25,  1.0};

    struct Gauges
    {
        int pollsHeld = 0;
        int connectionsOpen = 0;
        int connectionLimit = 0;
        quint64 connectionsAccepted = 0;
        quint64 connectionsRefused = 0;
        quint64 connectionsEvicted = 0;
        quint64 connectionsTimedOut = 0;
        int quarantinedRows = 0;
        int groupsLoaded = 0;
        int groupsPolling = 0;
        int terminalsConnected = 0;
        bool databaseUp = true;
    };

    void countResponse(int status) { ++m_responses[status]; }
    void countPush(int status);
    void countEventAnswer() { ++m_eventAnswers; }
    void observePushSeconds(double seconds);
    QByteArray text(const Gauges &gauges) const;

private:
    quint64 m_pushesApplied = 0;
    quint64 m_pushesConflict = 0;
    quint64 m_pushesRefused = 0;
    quint64 m_eventAnswers = 0;
    QHash<int, quint64> m_responses;
    std::array<quint64, LatencyBuckets.size()> m_latencyBuckets{};
    quint64 m_latencyCount = 0;
    double m_latencySum = 0;
};
