/* fuzz-loader-diagram.c: the data file and one of its diagrams together.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The input is the data file, FUZZ_DIAGRAM_SEPARATOR, then a diagram, written
 * next to it as FUZZ_DIAGRAM_NAME ("diagrams/fuzz.svg"); the fixed diagrams are
 * there too. This reaches what only the two together decide: marks against the
 * viewBox, shapes a muscle or region needs, the diagram's errors as the loader
 * reports them. Without a separator the input is all data file and the fuzzed
 * diagram is empty.
 */

#define _GNU_SOURCE /* memmem */

#include "config.h"

#include <string.h>

#include "fuzz-common.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  const size_t separator_len = strlen (FUZZ_DIAGRAM_SEPARATOR);
  const uint8_t *separator = memmem (data, size, FUZZ_DIAGRAM_SEPARATOR, separator_len);
  size_t data_size = separator ? (size_t) (separator - data) : size;
  const uint8_t *diagram = separator ? separator + separator_len : data + size;
  g_autoptr (GFile) file = fuzz_write ("atlas.xml", data, data_size);

  g_object_unref (fuzz_write (FUZZ_DIAGRAM_NAME, diagram, size - (size_t) (diagram - data)));

  fuzz_load_database (file);
  return 0;
}
