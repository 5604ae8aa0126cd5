// SPDX-License-Identifier: Apache-2.0
#include "io/splityamlloader.h"

#include <algorithm>
#include <future>
#include <string_view>
#include <vector>

namespace headroom {

namespace {

// Below this a second thread costs more than it saves.
constexpr std::size_t kMinBytes = 256 * 1024;
constexpr std::string_view kListKey = "services:";

struct Cut
{
    std::size_t offset = 0; // where the second half begins: the start of an item's line
    std::size_t lines = 0; // line breaks before it
};

struct Line
{
    std::size_t begin = 0;
    std::string_view text;
};

// Calls `visit(line)` for each line from `from` until it returns false.
template <typename Visit> void forEachLine(std::string_view text, std::size_t from, Visit&& visit)
{
    while (from < text.size()) {
        std::size_t eol = text.find('\n', from);
        if (eol == std::string_view::npos)
            eol = text.size();
        if (!visit(Line { from, text.substr(from, eol - from) }))
            return;
        from = eol + 1;
    }
}

bool isContent(std::string_view line)
{
    const auto first = line.find_first_not_of(' ');
    return first != std::string_view::npos && line[first] != '#';
}

// The line opens an item of a block list whose dashes stand at `indent`.
bool isItem(std::string_view line, std::size_t indent)
{
    return line.size() > indent && line.find_first_not_of(' ') == indent && line[indent] == '-'
        && (line.size() == indent + 1 || line[indent + 1] == ' ');
}

// Where the line after the root's `services:` key begins, or npos.
std::size_t listStart(std::string_view text)
{
    std::size_t start = std::string_view::npos;
    forEachLine(text, 0, [&](const Line& line) {
        if (line.text.starts_with(kListKey)
            && line.text.find_first_not_of(' ', kListKey.size()) == std::string_view::npos) {
            start = line.begin + line.text.size() + 1;
            return false;
        }
        return true;
    });
    return start;
}

// The starts of the list's item lines: its items' dashes stand where its first one does, and
// it ends at the first line of content less indented, or as indented and not an item.
std::vector<std::size_t> itemLines(std::string_view text, std::size_t start)
{
    std::vector<std::size_t> items;
    std::size_t indent = std::string_view::npos;
    forEachLine(text, start, [&](const Line& line) {
        if (!isContent(line.text))
            return true;
        const std::size_t at = line.text.find_first_not_of(' ');
        if (indent == std::string_view::npos)
            indent = at;
        if (isItem(line.text, indent)) {
            items.push_back(line.begin);
            return true;
        }
        return at > indent;
    });
    return items;
}

std::optional<Cut> findCut(std::string_view text)
{
    if (text.size() < kMinBytes || text.starts_with("\xEF\xBB\xBF")
        || text.find_first_of("&*!|>\t\r") != std::string_view::npos)
        return std::nullopt;
    const std::size_t start = listStart(text);
    if (start >= text.size())
        return std::nullopt;
    const std::vector<std::size_t> items = itemLines(text, start);
    if (items.size() < 2)
        return std::nullopt;
    const std::size_t offset = items[items.size() / 2];
    return Cut { offset, std::size_t(std::count(text.begin(), text.begin() + std::ptrdiff_t(offset), '\n')) };
}

// The text from the cut behind as many lines as there are before it, blank but the last:
// `services:`. (Not as many bytes: yaml-cpp reads a blank byte as slowly as any other.)
std::string secondHalf(std::string_view text, const Cut& cut)
{
    std::string half;
    half.reserve(cut.lines + kListKey.size() + text.size() - cut.offset);
    half.append(cut.lines - 1, '\n');
    half += kListKey;
    half += '\n';
    half += text.substr(cut.offset);
    return half;
}

// The second half's items appended to the first half's list (its root's last entry) and its
// root's later entries to the first half's root, in order; false when the halves are not
// of that shape.
bool join(YAML::Node& first, const YAML::Node& second)
{
    if (!first.IsMap() || !second.IsMap() || first.size() == 0 || second.size() == 0)
        return false;
    YAML::Node list;
    for (const auto& entry : first) {
        list.reset(entry.second);
        if (!entry.first.IsScalar() || entry.first.Scalar() != "services")
            list.reset();
    }
    auto rest = second.begin();
    if (!list.IsSequence() || !rest->first.IsScalar() || rest->first.Scalar() != "services"
        || !rest->second.IsSequence())
        return false;
    // A copy: `rest->second` lives in a proxy the iterator's arrow returns, which a range-for
    // over it would outlive.
    const YAML::Node items = rest->second;
    for (const auto& item : items)
        list.push_back(item);
    for (++rest; rest != second.end(); ++rest)
        first.force_insert(rest->first, rest->second);
    return true;
}

} // namespace

std::optional<YAML::Node> SplitYamlLoader::load(const std::string& text)
{
    const auto cut = findCut(text);
    if (!cut)
        return std::nullopt;
    auto second = std::async(std::launch::async, [&] { return YAML::Load(secondHalf(text, *cut)); });
    try {
        YAML::Node first = YAML::Load(text.substr(0, cut->offset));
        if (join(first, second.get()))
            return first;
    } catch (const YAML::Exception&) {
        // Reported by the whole text's parse, with the place the whole text gives it.
    }
    return std::nullopt;
}

} // namespace headroom
