// SPDX-License-Identifier: Apache-2.0
#include "pgtunecases.h"

#include <array>
#include <utility>

namespace {

constexpr std::array kOs = { "linux", "windows", "mac" };
constexpr std::array kDbTypes = { "web", "oltp", "dw", "desktop", "mixed" };
constexpr std::array kStorage = { "ssd", "nvme", "san", "hdd" };
constexpr std::array kDbSizes = { "less_ram", "mid_ram", "greater_ram" };
constexpr std::array<std::pair<int, const char*>, 17> kMemory = { {
    { 128, "MB" },
    { 255, "MB" },
    { 512, "MB" },
    { 1000, "MB" },
    { 1, "GB" },
    { 2, "GB" },
    { 3, "GB" },
    { 4, "GB" },
    { 8, "GB" },
    { 16, "GB" },
    { 24, "GB" },
    { 32, "GB" },
    { 64, "GB" },
    { 101, "GB" },
    { 256, "GB" },
    { 1, "TB" },
    { 4, "TB" },
} };
constexpr std::array kCpus = { 0, 1, 2, 3, 4, 6, 8, 16, 32, 64, 128 }; // 0: blank, as PGTune's form sends it
constexpr std::array kConnections = { 0, 500 };

QByteArray countOrBlank(int n)
{
    return n == 0 ? QByteArray("\"\"") : QByteArray::number(n);
}

QByteArray quoted(const char* text)
{
    return '"' + QByteArray(text) + '"';
}

} // namespace

QByteArray pgtuneCases()
{
    QByteArray out;
    int n = 0;
    for (const char* os : kOs)
        for (const char* type : kDbTypes)
            for (const char* storage : kStorage)
                for (const char* size : kDbSizes)
                    for (const auto& [memory, unit] : kMemory)
                        for (const int cpus : kCpus)
                            for (const int connections : kConnections) {
                                out += "{\"dbVersion\":" + QByteArray::number(10 + n++ % 9)
                                    + ",\"osType\":" + quoted(os) + ",\"dbType\":" + quoted(type)
                                    + ",\"totalMemory\":" + QByteArray::number(memory)
                                    + ",\"totalMemoryUnit\":" + quoted(unit) + ",\"cpuNum\":" + countOrBlank(cpus)
                                    + ",\"connectionNum\":" + countOrBlank(connections)
                                    + ",\"hdType\":" + quoted(storage) + ",\"dbSize\":" + quoted(size) + "}\n";
                            }
    return out;
}
