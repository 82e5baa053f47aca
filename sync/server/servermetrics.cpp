#include "servermetrics.h"

#include <QList>

#include <algorithm>

void ServerMetrics::countPush(int status)
{
    if (status == 200)
        ++m_pushesApplied;
    else if (status == 409)
        ++m_pushesConflict;
    else
        ++m_pushesRefused;
}

void ServerMetrics::observePushSeconds(double seconds)
{
    ++m_latencyCount;
    m_latencySum += seconds;
    for (size_t bucket = 0; bucket < LatencyBuckets.size(); ++bucket) {
        if (seconds <= LatencyBuckets[bucket])
            ++m_latencyBuckets[bucket];
    }
}

QByteArray ServerMetrics::text(const Gauges &gauges) const
{
    QByteArray out;
    auto line = [&out](const QByteArray &text) { out += text + '\n'; };
    auto metric = [&line](const char *name, const char *type, const char *help) {
        line(QByteArray("# HELP ") + name + ' ' + help);
        line(QByteArray("# TYPE ") + name + ' ' + type);
    };
    auto number = [](auto value) { return QByteArray::number(value); };

    metric("tandem_pollers_connected", "gauge", "Long polls held open right now.");
    line("tandem_pollers_connected " + number(gauges.pollsHeld));
    metric("tandem_connections_open", "gauge", "TCP connections open right now.");
    line("tandem_connections_open " + number(gauges.connectionsOpen));
    metric("tandem_connections_limit", "gauge", "Connections the server holds at most.");
    line("tandem_connections_limit " + number(gauges.connectionLimit));
    metric("tandem_connections_total", "counter", "Connections by what became of them.");
    line("tandem_connections_total{result=\"accepted\"} " + number(gauges.connectionsAccepted));
    line("tandem_connections_total{result=\"refused\"} " + number(gauges.connectionsRefused));
    line("tandem_connections_total{result=\"evicted\"} " + number(gauges.connectionsEvicted));
    line("tandem_connections_total{result=\"timed_out\"} " + number(gauges.connectionsTimedOut));
    metric("tandem_quarantined_rows", "gauge", "Stored rows that could not be read and are kept aside.");
    line("tandem_quarantined_rows " + number(gauges.quarantinedRows));
    metric("tandem_groups_loaded", "gauge", "Groups (shops) whose state this server holds in memory.");
    line("tandem_groups_loaded " + number(gauges.groupsLoaded));
    metric("tandem_groups_polling", "gauge", "Groups with at least one long poll held by this server.");
    line("tandem_groups_polling " + number(gauges.groupsPolling));
    metric("tandem_terminals_connected", "gauge", "Terminals holding a poll or answered within the last 5 seconds.");
    line("tandem_terminals_connected " + number(gauges.terminalsConnected));
    metric("tandem_database_up", "gauge", "1 while the server reaches its database, 0 while it reconnects.");
    line("tandem_database_up " + number(gauges.databaseUp ? 1 : 0));
    metric("tandem_pushes_total", "counter", "Pushed batches by outcome.");
    line("tandem_pushes_total{result=\"applied\"} " + number(m_pushesApplied));
    line("tandem_pushes_total{result=\"conflict\"} " + number(m_pushesConflict));
    line("tandem_pushes_total{result=\"refused\"} " + number(m_pushesRefused));
    metric("tandem_conflicts_total", "counter", "Batches rejected because of a real overlap.");
    line("tandem_conflicts_total " + number(m_pushesConflict));
    metric("tandem_event_answers_total", "counter", "Poll answers that carried events.");
    line("tandem_event_answers_total " + number(m_eventAnswers));
    metric("tandem_http_responses_total", "counter", "HTTP responses by status code.");
    QList<int> codes = m_responses.keys();
    std::sort(codes.begin(), codes.end());
    for (const int code : std::as_const(codes))
        line("tandem_http_responses_total{code=\"" + number(code) + "\"} " + number(m_responses.value(code)));
    metric("tandem_push_duration_seconds", "histogram", "Time to decode, apply, store durably and answer a push.");
    for (size_t i = 0; i < LatencyBuckets.size(); ++i)
        line("tandem_push_duration_seconds_bucket{le=\"" + number(LatencyBuckets[i]) + "\"} " + number(m_latencyBuckets[i]));
    line("tandem_push_duration_seconds_bucket{le=\"+Inf\"} " + number(m_latencyCount));
    line("tandem_push_duration_seconds_sum " + QByteArray::number(m_latencySum, 'f', 6));
    line("tandem_push_duration_seconds_count " + number(m_latencyCount));
    return out;
}
