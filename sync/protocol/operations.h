#pragma once

#include "protocol.h"

// The rules of docs/protocol.md section 3.7 for what one operation does to an order,
// written once: the server applies batches with them, and a terminal lays its own
// unacknowledged batches over the server's version with them, so the two never differ.
// Conflicts are not judged here: they need the order's history, which only the server
// keeps (sessionhub.cpp); neither are the limits on the whole order (checkOrder).
namespace Protocol {

// Applies `op` to `order` as `actor`. Returns an empty string, or why the operation
// cannot apply (the server answers 422 with it); the order is then unchanged.
// A create keeps the order's uid and ticket number.
QString applyOperation(Order *order, const Operation &op, const Actor &actor);

// Why an order as a batch left it breaks the limits on a whole order (ext sizes, the
// sum of its lines), or an empty string.
QString checkOrder(const Order &order);

}
