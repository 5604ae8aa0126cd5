// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <yaml-cpp/yaml.h>

#include <optional>
#include <string>

namespace headroom {

// A large plan's YAML read as two halves, each on a thread of its own: yaml-cpp spends some
// 2,000 instructions a byte, most of the time a plan of thousands of services takes to load.
// The text is cut at an item of its top-level `services:` list near the middle. The second
// half is parsed behind as many blank lines as the text has before the cut, so that every node
// has the line and column the whole text gives it (its byte offset, Mark::pos, is smaller); its
// items are appended to the first half's list and its later keys to the first half's root. The
// tree is the one YAML::Load gives the whole text. Text whose halves could mean anything
// else is not cut: anchors and aliases (which join nodes across the cut), tags, block scalars,
// tabs, carriage returns, a byte order mark.
class SplitYamlLoader
{
public:
    // The tree of `text`, or nullopt when it is not cut (small, not of that shape) or a half
    // does not parse: YAML::Load of the whole text then gives the tree or the error to report.
    static std::optional<YAML::Node> load(const std::string& text);
};

} // namespace headroom
