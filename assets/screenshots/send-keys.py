#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Types keys into the X display named by DISPLAY through the XTest extension,
for make-screenshots.sh: no xdotool on a bare Debian, but libXtst is there.

Each argument is a key combination ("ctrl+f", "ctrl+shift+p", "Return") or,
after "text:", characters to type one by one.
"""
import ctypes
import ctypes.util
import sys
import time

x11 = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
xtst = ctypes.CDLL(ctypes.util.find_library("Xtst") or "libXtst.so.6")
x11.XOpenDisplay.restype = ctypes.c_void_p
x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
x11.XStringToKeysym.restype = ctypes.c_ulong
x11.XStringToKeysym.argtypes = [ctypes.c_char_p]
x11.XKeysymToKeycode.restype = ctypes.c_ubyte
x11.XKeysymToKeycode.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
x11.XFlush.argtypes = [ctypes.c_void_p]
xtst.XTestFakeKeyEvent.argtypes = [ctypes.c_void_p, ctypes.c_uint, ctypes.c_int, ctypes.c_ulong]

MODIFIERS = {"ctrl": "Control_L", "shift": "Shift_L", "alt": "Alt_L"}
NAMED = {" ": "space", "-": "minus", ".": "period", ",": "comma"}

display = x11.XOpenDisplay(None)
if not display:
    sys.exit("send-keys: cannot open the display")


def keycode(name):
    sym = x11.XStringToKeysym(name.encode())
    code = x11.XKeysymToKeycode(display, sym) if sym else 0
    if not code:
        sys.exit(f"send-keys: no key for {name!r}")
    return code


def press(names):
    codes = [keycode(MODIFIERS.get(n.lower(), n)) for n in names]
    for code in codes:
        xtst.XTestFakeKeyEvent(display, code, True, 0)
    for code in reversed(codes):
        xtst.XTestFakeKeyEvent(display, code, False, 0)
    x11.XFlush(display)
    time.sleep(0.05)


for arg in sys.argv[1:]:
    if arg.startswith("text:"):
        for char in arg[5:]:
            press([NAMED.get(char, char)])
    else:
        keys = arg.split("+")
        press([k if len(k) > 1 or not k.isalpha() else k.lower() for k in keys])
