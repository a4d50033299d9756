// glibc's allocator controls Swift's Glibc module leaves out (malloc_trim). No logic lives here.
#ifndef TRADE_TUI_CMALLOC_SHIM_H
#define TRADE_TUI_CMALLOC_SHIM_H
#include <malloc.h>
#endif
