/* fuzz-loader.c: the data file, with a fixed set of diagrams.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The input is the whole data file. The diagrams it may name are fixed
 * (fuzz-diagrams.c): the mini atlas's own and a skeleton of each bundled one, so
 * the fuzzer spends its time on the XML of the data file. fuzz-loader-diagram
 * varies a diagram too.
 */

#include "config.h"

#include "fuzz-common.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr (GFile) file = fuzz_write ("atlas.xml", data, size);

  fuzz_load_database (file);
  return 0;
}
