<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CatalogLoader</name>
    <message numerus="yes">
        <source>%1 (and %n more problem(s) in this file)</source>
        <translation>
            <numerusform>%1 (and %n more problem in this file)</numerusform>
            <numerusform>%1 (and %n more problems in this file)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartMapLoader</name>
    <message numerus="yes">
        <source>%1 (and %n more problem(s) in this file)</source>
        <translation>
            <numerusform>%1 (and %n more problem in this file)</numerusform>
            <numerusform>%1 (and %n more problems in this file)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message numerus="yes">
        <source>headroom export: %n finding(s) of error severity; nothing written (--allow-findings writes anyway):</source>
        <translation>
            <numerusform>headroom export: %n finding of error severity; nothing written (--allow-findings writes anyway):</numerusform>
            <numerusform>headroom export: %n findings of error severity; nothing written (--allow-findings writes anyway):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPrometheusCommand</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n release(s) measured; HTTP requests: %1.</source>
        <translation>
            <numerusform>%n release measured; HTTP requests: %1.</numerusform>
            <numerusform>%n releases measured; HTTP requests: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeasuredFindings</name>
    <message numerus="yes">
        <source>%1 was killed for lack of memory %n time(s) in the %2 measured; its memory limit of %3 is below %4, the peak it reached plus 25%.</source>
        <translation>
            <numerusform>%1 was killed for lack of memory %n time in the %2 measured; its memory limit of %3 is below %4, the peak it reached plus 25%.</numerusform>
            <numerusform>%1 was killed for lack of memory %n times in the %2 measured; its memory limit of %3 is below %4, the peak it reached plus 25%.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 requests %2 of memory, more than twice its measured p99 of %3; Headroom&apos;s proposal frees %4 a pod, about %5 a month over %n pod(s).</source>
        <translation>
            <numerusform>%1 requests %2 of memory, more than twice its measured p99 of %3; Headroom&apos;s proposal frees %4 a pod, about %5 a month over %n pod.</numerusform>
            <numerusform>%1 requests %2 of memory, more than twice its measured p99 of %3; Headroom&apos;s proposal frees %4 a pod, about %5 a month over %n pods.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 requests %2 of CPU, more than twice its measured p99 of %3; Headroom&apos;s proposal frees %4 a pod, about %5 a month over %n pod(s).</source>
        <translation>
            <numerusform>%1 requests %2 of CPU, more than twice its measured p99 of %3; Headroom&apos;s proposal frees %4 a pod, about %5 a month over %n pod.</numerusform>
            <numerusform>%1 requests %2 of CPU, more than twice its measured p99 of %3; Headroom&apos;s proposal frees %4 a pod, about %5 a month over %n pods.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: volume %2 holds %3 of %4 and grows %5 a day; it is full in %n day(s), within the plan&apos;s horizon of %6.</source>
        <translation>
            <numerusform>%1: volume %2 holds %3 of %4 and grows %5 a day; it is full in %n day, within the plan&apos;s horizon of %6.</numerusform>
            <numerusform>%1: volume %2 holds %3 of %4 and grows %5 a day; it is full in %n days, within the plan&apos;s horizon of %6.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanReport</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryOffer</name>
    <message numerus="yes">
        <source>%n more recovery file(s) kept; Headroom offers them again at its next start.</source>
        <translation>
            <numerusform>%n more recovery file kept; Headroom offers it again at its next start.</numerusform>
            <numerusform>%n more recovery files kept; Headroom offers them again at its next start.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message numerus="yes">
        <source>What-if charts of the first %n service(s) only.</source>
        <translation>
            <numerusform>What-if charts of the first service only.</numerusform>
            <numerusform>What-if charts of the first %n services only.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SizingReport</name>
    <message numerus="yes">
        <source>%1 (%2), %n replica(s)</source>
        <translation>
            <numerusform>%1 (%2), %n replica</numerusform>
            <numerusform>%1 (%2), %n replicas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>headroom::ClusterView</name>
    <message numerus="yes">
        <source>%n pod(s) cannot be placed:</source>
        <translation>
            <numerusform>%n pod cannot be placed:</numerusform>
            <numerusform>%n pods cannot be placed:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s) placed on %1.</source>
        <comment>%1 is the number of nodes, e.g. 3 nodes</comment>
        <translation>
            <numerusform>%n pod placed on %1.</numerusform>
            <numerusform>%n pods placed on %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n node</numerusform>
            <numerusform>%n nodes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>headroom::CompareDialog</name>
    <message numerus="yes">
        <source>%n change(s) from %1 (before) to %2 (after):</source>
        <translation>
            <numerusform>One change from %1 (before) to %2 (after):</numerusform>
            <numerusform>%n changes from %1 (before) to %2 (after):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>headroom::ExportsView</name>
    <message numerus="yes">
        <source>%n file(s) written, %1 unchanged</source>
        <translation>
            <numerusform>%n file written, %1 unchanged</numerusform>
            <numerusform>%n files written, %1 unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The plan has %n finding(s) of error severity; the files would deploy what they say will not hold. Write them anyway?</source>
        <translation>
            <numerusform>The plan has %n finding of error severity; the files would deploy what it says will not hold. Write them anyway?</numerusform>
            <numerusform>The plan has %n findings of error severity; the files would deploy what they say will not hold. Write them anyway?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>headroom::FindingsPanel</name>
    <message numerus="yes">
        <source>Fixes %n of the selected findings as one undo step.</source>
        <translation>
            <numerusform>Fixes the selected finding as one undo step.</numerusform>
            <numerusform>Fixes %n of the selected findings as one undo step.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>headroom::MainWindow</name>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be opened: %n problem(s).</source>
        <translation>
            <numerusform>%1 cannot be opened: one problem.</numerusform>
            <numerusform>%1 cannot be opened: %n problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>headroom::PlanDocument</name>
    <message numerus="yes">
        <source>Apply %n fix(es)</source>
        <translation>
            <numerusform>Apply %n fix</numerusform>
            <numerusform>Apply %n fixes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply %n selected fix(es)</source>
        <translation>
            <numerusform>Apply %n selected fix</numerusform>
            <numerusform>Apply %n selected fixes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>headroom::PlanTreeModel</name>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n node</numerusform>
            <numerusform>%n nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n pod(s)</source>
        <translation>
            <numerusform>%1, %n pod</numerusform>
            <numerusform>%1, %n pods</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>headroom::PromImportDialog</name>
    <message numerus="yes">
        <source>Measured %1 of %n release(s).</source>
        <translation>
            <numerusform>Measured %1 of %n release.</numerusform>
            <numerusform>Measured %1 of %n releases.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Measured %n release(s) with %1 HTTP requests. Check the summary, then Import.</source>
        <translation>
            <numerusform>Measured %n release with %1 HTTP requests. Check the summary, then Import.</numerusform>
            <numerusform>Measured %n releases with %1 HTTP requests. Check the summary, then Import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import replaces the open plan with a new one holding %n service(s) (undo brings the old one back).</source>
        <translation>
            <numerusform>Import replaces the open plan with a new one holding %n service (undo brings the old one back).</numerusform>
            <numerusform>Import replaces the open plan with a new one holding %n services (undo brings the old one back).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n release(s) measured:</source>
        <translation>
            <numerusform>%n release measured:</numerusform>
            <numerusform>%n releases measured:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %1 (%2, namespace %3, %n pod(s)): CPU %4; memory %5; OOM kills %6, restarts %7</source>
        <translation>
            <numerusform>• %1 (%2, namespace %3, %n pod): CPU %4; memory %5; OOM kills %6, restarts %7</numerusform>
            <numerusform>• %1 (%2, namespace %3, %n pods): CPU %4; memory %5; OOM kills %6, restarts %7</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>headroom::SizingTableModel</name>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
</context>
</TS>
