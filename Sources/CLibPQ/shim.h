// libpq, PostgreSQL's reference C client (Debian's libpq-dev). No logic lives here.
#ifndef TRADE_TUI_CLIBPQ_SHIM_H
#define TRADE_TUI_CLIBPQ_SHIM_H
#include <postgresql/libpq-fe.h>
#endif
