// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "export/exportfile.h"
#include "export/exportmanifest.h"
#include "export/planexport.h"
#include "model/error.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace headroom {

struct ExportFolderReport
{
    QStringList written; // paths written (new or replaced)
    QStringList unchanged; // already had exactly this content
    QStringList refused; // changed since Headroom wrote them; not replaced without force
    QStringList stale; // written by an earlier export, not by this one; left in place
    QStringList pruned; // stale files Headroom wrote and nobody edited, removed on request
    // A plan's export: the services whose files were rendered (the others were found as an
    // export of the same inputs left them).
    QStringList rendered;
};

struct ExportFolderOptions
{
    bool force = false; // replace files edited since Headroom wrote them
    // The files are all a plan exports: any other file the manifest names is stale. False
    // when writing a selection (some services, one file of the window's list).
    bool complete = false;
    bool prune = false; // remove stale files that are as Headroom wrote them
    // Decide only: the report says what a write would do (refused: the edited files), and the
    // folder is left as it is (it is still created and locked).
    bool dryRun = false;
};

// Writes export files into a folder. A manifest (.headroom-export.json) remembers what
// Headroom wrote, so a file someone edited afterwards is never silently replaced: it is
// refused unless `force`. Nothing is replaced until every new file is on disk: each goes to a
// temporary file first, and only when all were written and closed without an error are they
// renamed over the old ones, the manifest last. So a full disk leaves the folder as it was.
// A folder that does not exist yet or is empty is built beside it and renamed into place whole
// (StagingFolder), each file written once under its final name. The folder is locked for the
// run; symbolic links in it are never written through.
class ExportFolder
{
public:
    static QString manifestName() { return QStringLiteral(".headroom-export.json"); }
    static QString lockName() { return QStringLiteral(".headroom-export.lock"); }
    // Refused and stale files are reported, not an Error; an Error means nothing was
    // replaced (the folder cannot be created or locked, a write failed, a link is in the way).
    static Expected<ExportFolderReport> write(const QString& directory, const QList<ExportFile>& files,
                                              const ExportFolderOptions& options);
    // A plan's export: a service whose input hash and files are as the manifest recorded them
    // is reported unchanged without rendering it; the others are rendered and written as above.
    // `ahead` is the folder's manifest as readManifestAhead() found it, taken if it is still
    // the file there once the folder is locked.
    static Expected<ExportFolderReport> write(const QString& directory, const PlanExport& source,
                                              const ExportFolderOptions& options,
                                              std::optional<ExportManifest> ahead = std::nullopt);
    // The folder's manifest, read before the folder is locked (while the plan loads and is
    // sized, on another thread: neither needs the other); nullopt when there is no regular
    // manifest file to read.
    static std::optional<ExportManifest> readManifestAhead(const QString& directory);
    static Expected<ExportFolderReport> write(const QString& directory, const QList<ExportFile>& files, bool force)
    {
        return write(directory, files, ExportFolderOptions { force, false, false });
    }
};

} // namespace headroom
