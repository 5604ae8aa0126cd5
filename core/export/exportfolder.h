#pragma once

#include "model/error.h"
#include "export/exportfile.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace headroom {

struct ExportFolderReport
{
    QStringList written; // paths written (new or replaced)
    QStringList unchanged; // already had exactly this content
    QStringList refused; // changed since Headroom wrote them; not replaced without force
};

// Writes export files into a folder. A manifest (.headroom-export.json) remembers what
// Headroom wrote, so a file someone edited afterwards is never silently replaced: it is
// refused unless `force`. Each file is written atomically (QSaveFile).
class ExportFolder
{
public:
    static QString manifestName() { return QStringLiteral(".headroom-export.json"); }
    // Refused files are reported, not an Error; an Error means nothing could be written
    // (the folder cannot be created, a write failed).
    static Expected<ExportFolderReport> write(const QString& directory, const QList<ExportFile>& files, bool force);
};

} // namespace headroom
