// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>

namespace headroom::i18n {

// The built-in catalog's prose as it was when translations/catalogsourcetexts.cpp was last
// generated (UTF-8, translation context "Catalog"). tst_catalogtexts compares it with
// catalogDisplayTexts() of the catalog Headroom loads, so new prose cannot go untranslated.
QList<const char*> catalogSourceTexts();

} // namespace headroom::i18n
