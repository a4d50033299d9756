// Wrappers for what Swift cannot import from ncurses: macros and globals (see ../shared/docs/NCURSES.md).
// No logic lives here.
#ifndef TRADE_TUI_CNCURSESW_SHIM_H
#define TRADE_TUI_CNCURSESW_SHIM_H
#define NCURSES_WIDECHAR 1
#include <curses.h>
#include <locale.h>

static inline WINDOW *tt_stdscr(void) { return stdscr; }
static inline int tt_cols(void) { return COLS; }
static inline int tt_lines(void) { return LINES; }
static inline int tt_colors(void) { return COLORS; }
static inline int tt_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t tt_a_normal(void) { return A_NORMAL; }
static inline attr_t tt_a_bold(void) { return A_BOLD; }
static inline attr_t tt_a_reverse(void) { return A_REVERSE; }
static inline attr_t tt_a_dim(void) { return A_DIM; }
static inline attr_t tt_a_underline(void) { return A_UNDERLINE; }
static inline int tt_key_f(int n) { return KEY_F(n); }
static inline mmask_t tt_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t tt_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t tt_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t tt_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t tt_button5_pressed(void) { return BUTTON5_PRESSED; }
static inline mmask_t tt_all_mouse_events(void) { return ALL_MOUSE_EVENTS; }
#endif
