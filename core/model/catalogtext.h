// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

namespace headroom {

struct Catalog;

// The catalog's prose (titles, descriptions, explanations, check messages, tier and group
// names) is written in English in resources/catalog and translated where it is shown.
// Identifiers (service names, setting names like shared_buffers) are never translated.
//
// Exported files (postgresql.conf, Helm values, pgbouncer.ini) and machine-readable
// output (JSON, YAML) keep the English text, so two people exporting the same plan get
// the same bytes whatever their language.

// The translation context of every catalog string.
inline constexpr char catalogTranslationContext[] = "Catalog";

// `text` from the catalog in the running language; the text itself when there is no
// translation (a user's own catalog, or English).
QString catalogText(const QString& text);

// A catalog item's title in the running language, or its name (an identifier, such as
// shared_buffers) when it has no title.
QString catalogTitle(const QString& title, const QString& name);

// Every catalog string that catalogText() may be asked for, in catalog order without
// repeats: the source of translations/catalogsourcetexts.cpp (see docs/TRANSLATIONS.md).
QStringList catalogDisplayTexts(const Catalog& catalog);

} // namespace headroom
