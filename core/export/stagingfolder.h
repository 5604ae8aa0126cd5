// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/error.h"

#include <QDir>
#include <QString>

#include <memory>
#include <optional>

namespace headroom {

// A new export folder built beside its final place and renamed into it in one step, so that it
// appears whole or not at all. For a folder that does not exist yet or is empty: nothing in it
// needs replacing file by file, so each file is written once under its final name. The hidden
// folder (`.NAME.headroom-HOST-PID-N.tmp` in the same parent, so on the same file system) is
// the run's alone, so it needs no lock: its name says whose it is. One whose process is gone
// (a crash, a kill) is removed by the next export into NAME; one of a live process or of
// another machine is left alone. Of two exports building the same new folder at once, the
// first to rename wins and the other fails, leaving nothing behind.
class StagingFolder
{
public:
    // `directory` can be built this way: it does not exist, or it is an empty folder of this
    // user with no extended attributes (default ACLs), not a mount point and not the working
    // directory (whose process would be left in the replaced folder).
    static bool fits(const QString& directory);
    // The hidden folder beside `directory`; null when it cannot be made there (the
    // parent is not writable, the name too long): then the export writes in place.
    static std::unique_ptr<StagingFolder> create(const QString& directory);

    StagingFolder(const StagingFolder&) = delete;
    StagingFolder& operator=(const StagingFolder&) = delete;
    ~StagingFolder(); // removes the hidden folder unless it was moved into place

    // Where the files go while the export runs.
    const QDir& dir() const { return m_staging; }
    // Renames the hidden folder to the final one (replacing it only if it is still empty). No
    // fsync: the export's files are not synced either.
    std::optional<Error> moveIntoPlace();

private:
    StagingFolder(const QString& directory, const QString& staging, bool replacesEmpty);

    static void removeLeftovers(const QString& parent, const QString& name);

    QString m_directory; // as given, for messages
    QString m_target; // absolute, clean
    QDir m_staging;
    bool m_replacesEmpty = false; // the folder existed, empty, when the run began
    bool m_moved = false;
};

} // namespace headroom
