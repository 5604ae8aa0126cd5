<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>AxisUnit</name>
    <message>
        <source>TiB</source>
        <translation>TiB</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>days</source>
        <translation>일</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>GB/s</source>
        <translation>GB/s</translation>
    </message>
    <message>
        <source>MB/s</source>
        <translation>MB/s</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>per second</source>
        <translation>초당</translation>
    </message>
    <message>
        <source>cores</source>
        <translation>코어</translation>
    </message>
    <message>
        <source>IOPS</source>
        <translation>IOPS</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>an axis title: what it shows, its unit</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>×1000/s</source>
        <comment>thousands per second</comment>
        <translation>×1000/초</translation>
    </message>
    <message>
        <source>×1000 IOPS</source>
        <comment>thousands of IOPS</comment>
        <translation>×1000 IOPS</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>Small</source>
        <translation>소형</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>중간</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>대형</translation>
    </message>
    <message>
        <source>XLarge</source>
        <translation>초대형</translation>
    </message>
    <message>
        <source>High Performance</source>
        <translation>고성능</translation>
    </message>
    <message>
        <source>Production critical services</source>
        <translation>프로덕션 핵심 서비스</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>표준</translation>
    </message>
    <message>
        <source>Production standard services</source>
        <translation>프로덕션 일반 서비스</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>개발</translation>
    </message>
    <message>
        <source>Development and testing</source>
        <translation>개발 및 테스트</translation>
    </message>
    <message>
        <source>Critical Infrastructure</source>
        <translation>핵심 인프라</translation>
    </message>
    <message>
        <source>Core Services</source>
        <translation>코어 서비스</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>애플리케이션</translation>
    </message>
    <message>
        <source>Local SSD</source>
        <translation>로컬 SSD</translation>
    </message>
    <message>
        <source>High</source>
        <translation>높음</translation>
    </message>
    <message>
        <source>Databases (PostgreSQL, MySQL), Elasticsearch, Kafka</source>
        <translation>데이터베이스(PostgreSQL, MySQL), Elasticsearch, Kafka</translation>
    </message>
    <message>
        <source>Network SSD (Premium)</source>
        <translation>네트워크 SSD(프리미엄)</translation>
    </message>
    <message>
        <source>Prometheus TSDB, Loki, Mimir</source>
        <translation>Prometheus TSDB, Loki, Mimir</translation>
    </message>
    <message>
        <source>Network SSD (Standard)</source>
        <translation>네트워크 SSD(표준)</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>낮음</translation>
    </message>
    <message>
        <source>General purpose, logs, backups</source>
        <translation>범용, 로그, 백업</translation>
    </message>
    <message>
        <source>Network HDD</source>
        <translation>네트워크 HDD</translation>
    </message>
    <message>
        <source>Very Low</source>
        <translation>매우 낮음</translation>
    </message>
    <message>
        <source>Cold storage, archives</source>
        <translation>콜드 스토리지, 아카이브</translation>
    </message>
    <message>
        <source>vCPU</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>메모리</translation>
    </message>
    <message>
        <source>Storage IOPS</source>
        <translation>스토리지 IOPS</translation>
    </message>
    <message>
        <source>Heap Size</source>
        <translation>힙 크기</translation>
    </message>
    <message>
        <source>Use Case</source>
        <translation>용도</translation>
    </message>
    <message>
        <source>Dev/Test, &lt; 50 GB indices</source>
        <translation>개발/테스트, 인덱스 &lt; 50 GB</translation>
    </message>
    <message>
        <source>Small production, &lt; 200 GB indices</source>
        <translation>소규모 프로덕션, 인덱스 &lt; 200 GB</translation>
    </message>
    <message>
        <source>Large production, &lt; 1 TB indices</source>
        <translation>대규모 프로덕션, 인덱스 &lt; 1 TB</translation>
    </message>
    <message>
        <source>Enterprise, &gt; 1 TB indices</source>
        <translation>엔터프라이즈, 인덱스 &gt; 1 TB</translation>
    </message>
    <message>
        <source>Heap ceiling</source>
        <translation>힙 상한</translation>
    </message>
    <message>
        <source>Largest heap to give one node; Elastic advises at most about 26 GiB so the JVM keeps zero-based compressed object pointers, and it can never reach 31 GiB, where they are lost (errata 2).</source>
        <translation>노드 하나에 줄 수 있는 최대 힙 크기. Elastic은 JVM이 zero-based 압축 객체 포인터(compressed oops)를 유지하도록 약 26 GiB 이하를 권장하며, 이 값은 압축 포인터를 잃게 되는 31 GiB에는 결코 이를 수 없습니다(정오표 2).</translation>
    </message>
    <message>
        <source>Index data per node</source>
        <translation>노드당 인덱스 데이터</translation>
    </message>
    <message>
        <source>On-disk size of the shards, primaries and replicas, that this node holds.</source>
        <translation>이 노드가 보유한 샤드(프라이머리와 레플리카 모두)의 디스크상 크기.</translation>
    </message>
    <message>
        <source>Low disk watermark</source>
        <translation>디스크 low 워터마크</translation>
    </message>
    <message>
        <source>Disk use above which Elasticsearch stops allocating shards to the node (cluster.routing.allocation.disk.watermark.low).</source>
        <translation>이 값을 넘으면 Elasticsearch가 해당 노드에 샤드 할당을 멈추는 디스크 사용률(cluster.routing.allocation.disk.watermark.low).</translation>
    </message>
    <message>
        <source>IOPS needed</source>
        <translation>필요 IOPS</translation>
    </message>
    <message>
        <source>Random I/O operations per second the workload issues at peak.</source>
        <translation>워크로드가 피크 시 발생시키는 초당 랜덤 I/O 작업 수.</translation>
    </message>
    <message>
        <source>JVM heap</source>
        <translation>JVM 힙</translation>
    </message>
    <message>
        <source>Half the limit so Lucene gets the other half as filesystem cache, but never above the compressed-oops-safe ceiling (errata 2), in whole MiB.</source>
        <translation>제한의 절반을 힙으로 주어 나머지 절반은 Lucene이 파일 시스템 캐시로 쓰게 하되, compressed oops가 안전한 상한(정오표 2)은 절대 넘지 않습니다. MiB 단위로 내림합니다.</translation>
    </message>
    <message>
        <source>The guide&apos;s ceiling of 32 GB is past the compressed-oops threshold (errata 2); it differs only above 52 GiB of memory.</source>
        <translation>가이드의 상한 32 GB는 compressed oops 임계값을 넘습니다(정오표 2). 결과는 메모리가 52 GiB를 넘을 때만 달라집니다.</translation>
    </message>
    <message>
        <source>Filesystem cache</source>
        <translation>파일 시스템 캐시</translation>
    </message>
    <message>
        <source>What the heap leaves for the OS to cache index segments in, which Lucene&apos;s searches depend on; direct buffers come out of it too.</source>
        <translation>힙이 쓰고 남아 OS가 인덱스 세그먼트를 캐시하는 데 쓰는 메모리로, Lucene의 검색 성능이 여기에 달려 있습니다. 다이렉트 버퍼도 이 안에서 할당됩니다.</translation>
    </message>
    <message>
        <source>Volume size</source>
        <translation>볼륨 크기</translation>
    </message>
    <message>
        <source>The index data kept below the low disk watermark, so the node still takes shards and has room to merge segments, rounded up to whole GiB.</source>
        <translation>인덱스 데이터가 디스크 low 워터마크 아래에 머무는 크기로, 노드가 계속 샤드를 받고 세그먼트를 병합할 공간도 남습니다. GiB 단위로 올림합니다.</translation>
    </message>
    <message>
        <source>The workload&apos;s peak random I/O; the tier&apos;s matrix value unless set.</source>
        <translation>워크로드의 피크 랜덤 I/O. 직접 지정하지 않으면 티어의 매트릭스 값을 씁니다.</translation>
    </message>
    <message>
        <source>The heap stops at the {heap_ceiling} ceiling; the rest of the {memory} limit, {filesystem_cache}, serves the filesystem cache.</source>
        <translation>힙은 상한 {heap_ceiling}에서 멈춥니다. {memory} 제한의 나머지 {filesystem_cache}은(는) 파일 시스템 캐시로 쓰입니다.</translation>
    </message>
    <message>
        <source>Nothing is wrong; for more heap run more nodes rather than larger ones.</source>
        <translation>문제는 없습니다. 힙이 더 필요하면 노드를 키우기보다 노드 수를 늘리세요.</translation>
    </message>
    <message>
        <source>A heap of {heap} is above about 26 GiB, where the JVM may lose zero-based compressed oops and every object access costs more.</source>
        <translation>힙 {heap}은(는) 약 26 GiB를 넘습니다. 이 구간에서는 JVM이 zero-based compressed oops를 잃을 수 있어 모든 객체 접근 비용이 커집니다.</translation>
    </message>
    <message>
        <source>Lower the heap ceiling to 26Gi and add nodes for more heap.</source>
        <translation>힙 상한을 26Gi로 낮추고, 힙이 더 필요하면 노드를 추가하세요.</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>스토리지</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>사용자 수</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>대시보드 수</translation>
    </message>
    <message>
        <source>&lt; 50</source>
        <translation>&lt; 50</translation>
    </message>
    <message>
        <source>&lt; 100</source>
        <translation>&lt; 100</translation>
    </message>
    <message>
        <source>Dev/Test</source>
        <translation>개발/테스트</translation>
    </message>
    <message>
        <source>&lt; 200</source>
        <translation>&lt; 200</translation>
    </message>
    <message>
        <source>&lt; 500</source>
        <translation>&lt; 500</translation>
    </message>
    <message>
        <source>Small production</source>
        <translation>소규모 프로덕션</translation>
    </message>
    <message>
        <source>&lt; 1000</source>
        <translation>&lt; 1000</translation>
    </message>
    <message>
        <source>&lt; 2000</source>
        <translation>&lt; 2000</translation>
    </message>
    <message>
        <source>Large production</source>
        <translation>대규모 프로덕션</translation>
    </message>
    <message>
        <source>&gt; 1000</source>
        <translation>&gt; 1000</translation>
    </message>
    <message>
        <source>&gt; 2000</source>
        <translation>&gt; 2000</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>엔터프라이즈</translation>
    </message>
    <message>
        <source>Data volume</source>
        <translation>데이터 볼륨</translation>
    </message>
    <message>
        <source>Space for the SQLite database (when no external database is used), plugins, sessions and rendered images.</source>
        <translation>SQLite 데이터베이스(외부 데이터베이스를 쓰지 않을 때), 플러그인, 세션, 렌더링된 이미지를 위한 공간.</translation>
    </message>
    <message>
        <source>Database server connections</source>
        <translation>데이터베이스 서버 커넥션 수</translation>
    </message>
    <message>
        <source>max_connections of the PostgreSQL or MySQL server Grafana uses, which every replica&apos;s pool draws on; 500 is the guide&apos;s Large PostgreSQL.</source>
        <translation>Grafana가 쓰는 PostgreSQL 또는 MySQL 서버의 max_connections로, 모든 레플리카의 커넥션 풀이 이 한도를 나눠 씁니다. 500은 가이드의 대형 PostgreSQL 값입니다.</translation>
    </message>
    <message>
        <source>Go runtime share</source>
        <translation>Go 런타임 비율</translation>
    </message>
    <message>
        <source>Share of the limit the Go runtime aims to stay under (GOMEMLIMIT); the rest is for backend plugin processes and the OS.</source>
        <translation>Go 런타임이 넘지 않으려고 하는 제한 대비 비율(GOMEMLIMIT). 나머지는 백엔드 플러그인 프로세스와 OS 몫입니다.</translation>
    </message>
    <message>
        <source>Open database connections per replica, 75 per vCPU as in the guide&apos;s Large example (300 at 4 vCPU), capped at 300 so the database is not flooded.</source>
        <translation>레플리카당 여는 데이터베이스 커넥션 수. 가이드의 대형 예시처럼 vCPU당 75개(4 vCPU에서 300개)이며, 데이터베이스에 커넥션이 몰리지 않도록 최대 300개로 제한합니다.</translation>
    </message>
    <message>
        <source>Connections kept open while idle, a third of the pool as in the guide&apos;s Large example (100 of 300), so bursts do not pay for new connections.</source>
        <translation>유휴 상태에서도 열어 두는 커넥션 수. 가이드의 대형 예시처럼 풀의 3분의 1(300개 중 100개)이며, 요청이 몰릴 때 새 커넥션을 맺는 비용이 들지 않게 합니다.</translation>
    </message>
    <message>
        <source>Database connections, all replicas</source>
        <translation>데이터베이스 커넥션 수(전체 레플리카)</translation>
    </message>
    <message>
        <source>What every replica&apos;s pool can open together on the database server.</source>
        <translation>모든 레플리카의 커넥션 풀이 데이터베이스 서버에 합쳐서 열 수 있는 커넥션 수.</translation>
    </message>
    <message>
        <source>Grafana server</source>
        <translation>Grafana 서버</translation>
    </message>
    <message>
        <source>Memory the Grafana server&apos;s Go runtime may use before it collects garbage harder, set below the limit so the pod is not OOM-killed first.</source>
        <translation>Grafana 서버의 Go 런타임이 가비지 컬렉션을 더 적극적으로 하기 전까지 쓸 수 있는 메모리. 파드가 그보다 먼저 OOM kill되지 않도록 제한보다 낮게 잡습니다.</translation>
    </message>
    <message>
        <source>GOMEMLIMIT</source>
        <translation>GOMEMLIMIT</translation>
    </message>
    <message>
        <source>The same limit in bytes, as the GOMEMLIMIT environment variable takes it.</source>
        <translation>같은 한도를 GOMEMLIMIT 환경 변수가 받는 형식인 바이트 단위로 나타낸 값.</translation>
    </message>
    <message>
        <source>The guide&apos;s Storage column for the tier unless set, rounded up to whole GiB.</source>
        <translation>직접 지정하지 않으면 가이드에서 해당 티어의 스토리지 열 값을 쓰며, GiB 단위로 올림합니다.</translation>
    </message>
    <message>
        <source>The guide&apos;s Large example (GF_DATAPROXY_TIMEOUT): data source queries give up after 30 seconds instead of holding connections.</source>
        <translation>가이드의 대형 예시(GF_DATAPROXY_TIMEOUT): 데이터 소스 쿼리가 커넥션을 계속 붙잡지 않고 30초가 지나면 중단됩니다.</translation>
    </message>
    <message>
        <source>The guide&apos;s Large example (GF_DATAPROXY_KEEP_ALIVE_SECONDS): reuse connections to data sources for 30 seconds.</source>
        <translation>가이드의 대형 예시(GF_DATAPROXY_KEEP_ALIVE_SECONDS): 데이터 소스로의 커넥션을 30초 동안 재사용합니다.</translation>
    </message>
    <message>
        <source>{replicas} replicas can open {database_connections} database connections ({max_open_conn} each), more than the server&apos;s {database_max_connections}.</source>
        <translation>레플리카 {replicas}개가 데이터베이스 커넥션을 {database_connections}개(각 {max_open_conn}개)까지 열 수 있어 서버의 {database_max_connections}개를 넘습니다.</translation>
    </message>
    <message>
        <source>Lower database.max_open_conn, run fewer replicas, or put a pooler such as PgBouncer in front of the database.</source>
        <translation>database.max_open_conn을 낮추거나, 레플리카 수를 줄이거나, 데이터베이스 앞단에 PgBouncer 같은 풀러를 두세요.</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>처리량</translation>
    </message>
    <message>
        <source>Dev/Test, low throughput</source>
        <translation>개발/테스트, 낮은 처리량</translation>
    </message>
    <message>
        <source>Enterprise, high throughput</source>
        <translation>엔터프라이즈, 높은 처리량</translation>
    </message>
    <message>
        <source>Produce throughput</source>
        <translation>프로듀스 처리량</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>보존 기간</translation>
    </message>
    <message>
        <source>How long brokers keep log segments before deleting them (log.retention.hours); Kafka&apos;s default is 7 days.</source>
        <translation>브로커가 로그 세그먼트를 삭제하기 전까지 보관하는 기간(log.retention.hours). Kafka 기본값은 7일입니다.</translation>
    </message>
    <message>
        <source>Replication factor</source>
        <translation>복제 계수</translation>
    </message>
    <message>
        <source>Copies of every partition kept on different brokers (default.replication.factor).</source>
        <translation>파티션마다 서로 다른 브로커에 두는 복제본 수(default.replication.factor).</translation>
    </message>
    <message>
        <source>Segment headroom</source>
        <translation>세그먼트 여유분</translation>
    </message>
    <message>
        <source>Extra space for the active segment and the ones waiting for deletion past the retention boundary.</source>
        <translation>활성 세그먼트와, 보존 기간을 넘겨 삭제를 기다리는 세그먼트를 위한 추가 공간.</translation>
    </message>
    <message>
        <source>Random I/O operations per second the brokers issue at peak.</source>
        <translation>브로커가 피크 시 발생시키는 초당 랜덤 I/O 작업 수.</translation>
    </message>
    <message>
        <source>The guide&apos;s fixed 4-6 GB heap; at Small it would leave nothing of the 4 GiB for the page cache.</source>
        <translation>가이드의 고정 힙 4-6 GB. 소형에서는 4 GiB 중 페이지 캐시에 남는 메모리가 없게 됩니다.</translation>
    </message>
    <message>
        <source>Page cache</source>
        <translation>페이지 캐시</translation>
    </message>
    <message>
        <source>The guide&apos;s 70% of memory, left to the OS to cache the newest segments so consumers that keep up never touch the disk; less below 4 GiB, where the heap comes first.</source>
        <translation>가이드의 메모리 70%로, OS가 최신 세그먼트를 캐시하도록 남겨 두어 뒤처지지 않는 컨슈머는 디스크를 전혀 읽지 않습니다. 4 GiB 미만에서는 힙이 우선이라 이보다 적습니다.</translation>
    </message>
    <message>
        <source>Traffic the page cache holds</source>
        <translation>페이지 캐시에 담기는 트래픽</translation>
    </message>
    <message>
        <source>Volume size per broker</source>
        <translation>브로커당 볼륨 크기</translation>
    </message>
    <message>
        <source>Retention in hours</source>
        <translation>보존 기간(시간)</translation>
    </message>
    <message>
        <source>The retention period in whole hours, as log.retention.hours takes it.</source>
        <translation>log.retention.hours가 받는 형식대로 시간 단위 정수로 나타낸 보존 기간.</translation>
    </message>
    <message>
        <source>One replica fewer than the replication factor, so a write is acknowledged by all but one copy and one broker can be down without stopping producers.</source>
        <translation>복제 계수보다 하나 적은 값. 쓰기는 복제본 하나를 뺀 나머지 모두가 확인하며, 브로커 하나가 내려가도 프로듀서가 멈추지 않습니다.</translation>
    </message>
    <message>
        <source>One network thread per vCPU, as in the guide&apos;s Large example (8 at 8 vCPU).</source>
        <translation>가이드의 대형 예시처럼 vCPU당 네트워크 스레드 하나(8 vCPU에서 8개).</translation>
    </message>
    <message>
        <source>Two request-handling threads per vCPU, as in the guide&apos;s Large example (16 at 8 vCPU), since they spend much of their time waiting on disk.</source>
        <translation>가이드의 대형 예시처럼 vCPU당 요청 처리 스레드 둘(8 vCPU에서 16개). 이 스레드들은 대부분의 시간을 디스크 대기에 쓰기 때문입니다.</translation>
    </message>
    <message>
        <source>The guide&apos;s Large example: 100 KiB socket buffers, Kafka&apos;s own default, enough for the LAN between brokers and clients.</source>
        <translation>가이드의 대형 예시: 소켓 버퍼 100 KiB. Kafka 자체 기본값이며 브로커와 클라이언트 사이의 LAN에는 충분합니다.</translation>
    </message>
    <message>
        <source>The guide&apos;s Large example, matching the send buffer.</source>
        <translation>가이드의 대형 예시. 송신 버퍼와 같은 값입니다.</translation>
    </message>
    <message>
        <source>Run at least as many brokers as the replication factor, or lower the replication factor.</source>
        <translation>브로커를 복제 계수 이상으로 운영하거나 복제 계수를 낮추세요.</translation>
    </message>
    <message>
        <source>Raise the memory limit or spread the traffic over more brokers.</source>
        <translation>메모리 제한을 올리거나 트래픽을 더 많은 브로커에 분산하세요.</translation>
    </message>
    <message>
        <source>Add brokers, shorten retention, or move older segments to tiered storage.</source>
        <translation>브로커를 추가하거나, 보존 기간을 줄이거나, 오래된 세그먼트를 계층형 스토리지(tiered storage)로 옮기세요.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>세션 수</translation>
    </message>
    <message>
        <source>&lt; 1k</source>
        <translation>&lt; 1k</translation>
    </message>
    <message>
        <source>&lt; 10k</source>
        <translation>&lt; 10k</translation>
    </message>
    <message>
        <source>&lt; 100k</source>
        <translation>&lt; 100k</translation>
    </message>
    <message>
        <source>&lt; 1M</source>
        <translation>&lt; 1M</translation>
    </message>
    <message>
        <source>&gt; 100k</source>
        <translation>&gt; 100k</translation>
    </message>
    <message>
        <source>&gt; 1M</source>
        <translation>&gt; 1M</translation>
    </message>
    <message>
        <source>Initial metaspace threshold</source>
        <translation>초기 메타스페이스 임계값</translation>
    </message>
    <message>
        <source>Metaspace size that triggers the first class-metadata collection (-XX:MetaspaceSize), the guide&apos;s 256m.</source>
        <translation>클래스 메타데이터에 대한 첫 GC를 일으키는 메타스페이스 크기(-XX:MetaspaceSize). 가이드 값은 256m입니다.</translation>
    </message>
    <message>
        <source>Maximum metaspace</source>
        <translation>최대 메타스페이스</translation>
    </message>
    <message>
        <source>Ceiling on class metadata outside the heap (-XX:MaxMetaspaceSize), the guide&apos;s 512m; Quarkus and its extensions load many classes.</source>
        <translation>힙 밖 클래스 메타데이터의 상한(-XX:MaxMetaspaceSize). 가이드 값은 512m이며, Quarkus와 그 확장 기능은 클래스를 많이 로드합니다.</translation>
    </message>
    <message>
        <source>Space for custom themes, providers and deployments; the chart&apos;s default is 2Gi.</source>
        <translation>사용자 정의 테마, 프로바이더, 배포물을 위한 공간. 차트 기본값은 2Gi입니다.</translation>
    </message>
    <message>
        <source>Half the limit as in the guide&apos;s Large example (-Xmx4g of 8 GB), leaving room for metaspace, thread stacks and direct buffers outside the heap.</source>
        <translation>가이드의 대형 예시(8 GB 중 -Xmx4g)처럼 제한의 절반으로, 힙 밖의 메타스페이스, 스레드 스택, 다이렉트 버퍼를 위한 공간을 남깁니다.</translation>
    </message>
    <message>
        <source>Metaspace</source>
        <translation>메타스페이스</translation>
    </message>
    <message>
        <source>Class metadata outside the heap, counted at its ceiling so the non-heap budget holds even when every extension is loaded.</source>
        <translation>힙 밖의 클래스 메타데이터. 모든 확장 기능이 로드되어도 비힙(non-heap) 예산이 유지되도록 상한값으로 계산합니다.</translation>
    </message>
    <message>
        <source>The chart&apos;s data volume for themes and providers, rounded up to whole GiB; users and sessions live in PostgreSQL.</source>
        <translation>테마와 프로바이더를 위한 차트의 데이터 볼륨으로, GiB 단위로 올림합니다. 사용자와 세션은 PostgreSQL에 저장됩니다.</translation>
    </message>
    <message>
        <source>A heap of {heap} is under 1 GiB, where Keycloak&apos;s caches and login bursts keep the garbage collector busy.</source>
        <translation>힙 {heap}은(는) 1 GiB 미만입니다. 이 크기에서는 Keycloak의 캐시와 몰려드는 로그인 때문에 가비지 컬렉터가 쉴 틈이 없습니다.</translation>
    </message>
    <message>
        <source>Raise the memory limit to at least 2Gi.</source>
        <translation>메모리 제한을 최소 2Gi로 올리세요.</translation>
    </message>
    <message>
        <source>Heap {heap} and metaspace {metaspace} leave under 15% of the {memory} limit for thread stacks, code cache and direct buffers.</source>
        <translation>힙 {heap}과(와) 메타스페이스 {metaspace}을(를) 빼면 {memory} 제한 중 스레드 스택, 코드 캐시, 다이렉트 버퍼에 남는 메모리가 15% 미만입니다.</translation>
    </message>
    <message>
        <source>Lower MaxMetaspaceSize or raise the memory limit.</source>
        <translation>MaxMetaspaceSize를 낮추거나 메모리 제한을 올리세요.</translation>
    </message>
    <message>
        <source>MetaspaceSize {metaspace_size} is above MaxMetaspaceSize {max_metaspace}, so the JVM quietly lowers it to the maximum.</source>
        <translation>MetaspaceSize {metaspace_size}이(가) MaxMetaspaceSize {max_metaspace}보다 커서 JVM이 아무 경고 없이 최댓값으로 낮춥니다.</translation>
    </message>
    <message>
        <source>Set -XX:MetaspaceSize at or below -XX:MaxMetaspaceSize.</source>
        <translation>-XX:MetaspaceSize를 -XX:MaxMetaspaceSize 이하로 설정하세요.</translation>
    </message>
    <message>
        <source>Log Rate</source>
        <translation>로그 유입량</translation>
    </message>
    <message>
        <source>Log rate</source>
        <translation>로그 유입량</translation>
    </message>
    <message>
        <source>Uncompressed log bytes per second pushed to Loki, sustained over the retention period.</source>
        <translation>Loki로 푸시되는 압축 전 로그의 초당 바이트 수로, 보존 기간 내내 지속되는 값.</translation>
    </message>
    <message>
        <source>How long chunks are kept before the compactor deletes them (limits_config.retention_period).</source>
        <translation>컴팩터가 청크를 삭제하기 전까지 보관하는 기간(limits_config.retention_period).</translation>
    </message>
    <message>
        <source>Compression ratio</source>
        <translation>압축률</translation>
    </message>
    <message>
        <source>Stored chunk size as a share of the raw logs; the guide gives 10-30%.</source>
        <translation>원본 로그 대비 저장된 청크 크기의 비율. 가이드는 10-30%로 잡습니다.</translation>
    </message>
    <message>
        <source>Active streams</source>
        <translation>활성 스트림 수</translation>
    </message>
    <message>
        <source>Distinct label sets receiving logs at once; each holds an open chunk in the ingester.</source>
        <translation>동시에 로그를 받는 서로 다른 레이블 조합의 수. 스트림마다 인제스터에 열린 청크를 하나씩 둡니다.</translation>
    </message>
    <message>
        <source>Memory per stream</source>
        <translation>스트림당 메모리</translation>
    </message>
    <message>
        <source>Ingester memory one active stream takes, the guide&apos;s 5 KB.</source>
        <translation>활성 스트림 하나가 차지하는 인제스터 메모리. 가이드 값은 5 KB입니다.</translation>
    </message>
    <message>
        <source>Stream memory</source>
        <translation>스트림 메모리</translation>
    </message>
    <message>
        <source>The guide&apos;s active streams x 5 KB for the ingester&apos;s per-stream state.</source>
        <translation>인제스터의 스트림별 상태를 위한 가이드 수식: 활성 스트림 수 x 5 KB.</translation>
    </message>
    <message>
        <source>Chunk cache</source>
        <translation>청크 캐시</translation>
    </message>
    <message>
        <source>Cache of chunks fetched for queries, a quarter of the limit as in the guide&apos;s Large example (4096 MB of 16 GB).</source>
        <translation>쿼리를 위해 가져온 청크의 캐시. 가이드의 대형 예시(16 GB 중 4096 MB)처럼 제한의 4분의 1입니다.</translation>
    </message>
    <message>
        <source>Chunk cache in MB</source>
        <translation>청크 캐시(MB)</translation>
    </message>
    <message>
        <source>The chunk cache in the whole megabytes embedded_cache.max_size_mb takes.</source>
        <translation>embedded_cache.max_size_mb가 받는 형식대로 메가바이트 단위 정수로 나타낸 청크 캐시.</translation>
    </message>
    <message>
        <source>Index cache</source>
        <translation>인덱스 캐시</translation>
    </message>
    <message>
        <source>Cache of index query results, an eighth of the limit as in the guide&apos;s Large example (2048 MB of 16 GB).</source>
        <translation>인덱스 쿼리 결과의 캐시. 가이드의 대형 예시(16 GB 중 2048 MB)처럼 제한의 8분의 1입니다.</translation>
    </message>
    <message>
        <source>Index cache in MB</source>
        <translation>인덱스 캐시(MB)</translation>
    </message>
    <message>
        <source>The index cache in the whole megabytes embedded_cache.max_size_mb takes.</source>
        <translation>embedded_cache.max_size_mb가 받는 형식대로 메가바이트 단위 정수로 나타낸 인덱스 캐시.</translation>
    </message>
    <message>
        <source>Memory needed</source>
        <translation>필요 메모리</translation>
    </message>
    <message>
        <source>The guide&apos;s memory formula, active streams x 5 KB plus the chunk and index caches.</source>
        <translation>가이드의 메모리 수식: 활성 스트림 수 x 5 KB에 청크 캐시와 인덱스 캐시를 더한 값.</translation>
    </message>
    <message>
        <source>Ingestion rate limit</source>
        <translation>수집 속도 제한</translation>
    </message>
    <message>
        <source>The per-tenant ingestion limit in MB/s raised to the planned log rate, since the chart&apos;s 4 MB/s would reject most of it.</source>
        <translation>테넌트별 수집 제한(MB/s)을 계획한 로그 유입량까지 올린 값. 차트 기본값 4 MB/s로는 대부분이 거부됩니다.</translation>
    </message>
    <message>
        <source>Ingestion burst limit</source>
        <translation>수집 버스트 제한</translation>
    </message>
    <message>
        <source>The burst allowance at 1.5 times the rate, the same ratio as the chart&apos;s 4 and 6 MB.</source>
        <translation>버스트 허용량을 수집 속도의 1.5배로 잡습니다. 차트 기본값 4 MB와 6 MB의 비율과 같습니다.</translation>
    </message>
    <message>
        <source>The guide&apos;s log rate x retention x compression ratio in whole GiB, for the chart&apos;s default filesystem store (with S3 the chunks go to the bucket).</source>
        <translation>가이드 수식인 로그 유입량 x 보존 기간 x 압축률을 GiB 단위로 올림한 값으로, 차트 기본값인 파일 시스템 저장소 기준입니다(S3를 쓰면 청크는 버킷에 저장됩니다).</translation>
    </message>
    <message>
        <source>The guide&apos;s Storage column for the tier, which its own formula exceeds 20 to 140 times at the tier&apos;s log rate and retention.</source>
        <translation>가이드에서 해당 티어의 스토리지 열 값. 티어의 로그 유입량과 보존 기간을 가이드 자체 수식에 넣으면 이 값의 20-140배가 나옵니다.</translation>
    </message>
    <message>
        <source>Log rate per stream</source>
        <translation>스트림당 로그 유입량</translation>
    </message>
    <message>
        <source>The average rate one stream receives, which Loki caps per stream (per_stream_rate_limit, 3 MB/s by default).</source>
        <translation>스트림 하나가 받는 평균 유입량. Loki는 이 값을 스트림별로 제한합니다(per_stream_rate_limit, 기본값 3 MB/s).</translation>
    </message>
    <message>
        <source>The guide&apos;s Large example: 1.5 MiB compressed chunks, Loki&apos;s recommended size for object storage.</source>
        <translation>가이드의 대형 예시: 압축 청크 1.5 MiB. Loki가 오브젝트 스토리지용으로 권장하는 크기입니다.</translation>
    </message>
    <message>
        <source>The guide&apos;s Large example: flush a chunk after two hours even if it is not full, bounding ingester memory and data at risk.</source>
        <translation>가이드의 대형 예시: 청크가 다 차지 않아도 2시간이 지나면 플러시해, 인제스터 메모리와 유실 위험이 있는 데이터의 양을 제한합니다.</translation>
    </message>
    <message>
        <source>Streams and caches take {memory_needed} of the {memory} limit, leaving little for chunks being built and query buffers.</source>
        <translation>스트림과 캐시가 {memory} 제한 중 {memory_needed}을(를) 차지해, 만들어지는 중인 청크와 쿼리 버퍼에 남는 메모리가 거의 없습니다.</translation>
    </message>
    <message>
        <source>Cut stream cardinality or raise the memory limit.</source>
        <translation>스트림 카디널리티를 줄이거나 메모리 제한을 올리세요.</translation>
    </message>
    <message>
        <source>{log_rate} over {active_streams} streams averages {stream_rate} per stream, above Loki&apos;s default per-stream limit of 3 MB/s, so pushes are rejected.</source>
        <translation>{log_rate}을(를) 스트림 {active_streams}개로 나누면 스트림당 평균 {stream_rate}로, Loki의 기본 스트림별 제한인 3 MB/s를 넘어 푸시가 거부됩니다.</translation>
    </message>
    <message>
        <source>Add a label that splits the busiest streams, or raise limits_config.per_stream_rate_limit.</source>
        <translation>가장 바쁜 스트림을 나누는 레이블을 추가하거나 limits_config.per_stream_rate_limit을 올리세요.</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>커넥션 수</translation>
    </message>
    <message>
        <source>Dev/Test, &lt; 10 GB data</source>
        <translation>개발/테스트, 데이터 &lt; 10 GB</translation>
    </message>
    <message>
        <source>Small production, &lt; 50 GB data</source>
        <translation>소규모 프로덕션, 데이터 &lt; 50 GB</translation>
    </message>
    <message>
        <source>Large production, &lt; 500 GB data</source>
        <translation>대규모 프로덕션, 데이터 &lt; 500 GB</translation>
    </message>
    <message>
        <source>Enterprise, &gt; 500 GB data</source>
        <translation>엔터프라이즈, 데이터 &gt; 500 GB</translation>
    </message>
    <message>
        <source>Max incoming connections</source>
        <translation>최대 수신 커넥션 수</translation>
    </message>
    <message>
        <source>Client connections mongod accepts (maxIncomingConnections); each runs on its own thread.</source>
        <translation>mongod가 받아들이는 클라이언트 커넥션 수(maxIncomingConnections). 커넥션마다 자체 스레드에서 실행됩니다.</translation>
    </message>
    <message>
        <source>Memory per connection</source>
        <translation>커넥션당 메모리</translation>
    </message>
    <message>
        <source>Memory one connection&apos;s thread can hold, its stack and buffers; MongoDB documents up to about 1 MB.</source>
        <translation>커넥션 하나의 스레드가 점유할 수 있는 메모리(스택과 버퍼). MongoDB 문서에는 최대 약 1 MB로 나와 있습니다.</translation>
    </message>
    <message>
        <source>Dataset size</source>
        <translation>데이터셋 크기</translation>
    </message>
    <message>
        <source>Size of the data and indexes on disk as WiredTiger stores them, compressed.</source>
        <translation>WiredTiger가 압축해 저장한 데이터와 인덱스의 디스크상 크기.</translation>
    </message>
    <message>
        <source>Storage headroom</source>
        <translation>스토리지 여유분</translation>
    </message>
    <message>
        <source>Space kept free above the dataset for the oplog, journal, compaction and growth.</source>
        <translation>oplog, 저널, 컴팩션, 데이터 증가를 위해 데이터셋 외에 비워 두는 공간.</translation>
    </message>
    <message>
        <source>WiredTiger cache</source>
        <translation>WiredTiger 캐시</translation>
    </message>
    <message>
        <source>MongoDB&apos;s own default rule, max(50% of (memory - 1 GiB), 256 MiB), applied to the container limit and rounded down to quarter GiB so cacheSizeGB prints exactly.</source>
        <translation>MongoDB 자체 기본 규칙 max(50% of (memory - 1 GiB), 256 MiB)를 컨테이너 제한에 적용하고, cacheSizeGB가 정확히 출력되도록 0.25 GiB 단위로 내림합니다.</translation>
    </message>
    <message>
        <source>The guide&apos;s rule leaves out MongoDB&apos;s 256 MB floor (errata 6), which only matters below 1.5 GiB.</source>
        <translation>가이드의 규칙에는 MongoDB의 하한 256 MB가 빠져 있습니다(정오표 6). 이 차이는 1.5 GiB 미만에서만 의미가 있습니다.</translation>
    </message>
    <message>
        <source>Connection memory</source>
        <translation>커넥션 메모리</translation>
    </message>
    <message>
        <source>Thread memory of every allowed connection at about 1 MiB each, which the guide names but does not size.</source>
        <translation>허용된 모든 커넥션의 스레드 메모리(커넥션당 약 1 MiB). 가이드는 이 항목을 언급만 하고 크기를 산정하지 않습니다.</translation>
    </message>
    <message>
        <source>The dataset plus headroom for the oplog, journal and growth, rounded up to whole GiB.</source>
        <translation>데이터셋에 oplog, 저널, 데이터 증가를 위한 여유분을 더하고 GiB 단위로 올림한 값.</translation>
    </message>
    <message>
        <source>{connections} connections can take {connection_memory}, more than a quarter of the {memory} limit, beside a WiredTiger cache of {wiredtiger_cache}.</source>
        <translation>WiredTiger 캐시 {wiredtiger_cache}와(과) 별도로, 커넥션 {connections}개가 {connection_memory}까지 차지할 수 있어 {memory} 제한의 4분의 1을 넘습니다.</translation>
    </message>
    <message>
        <source>Lower maxIncomingConnections and size the drivers&apos; connection pools (maxPoolSize) to what the application uses, or raise the memory limit.</source>
        <translation>maxIncomingConnections를 낮추고 드라이버의 커넥션 풀(maxPoolSize)을 애플리케이션이 실제로 쓰는 만큼으로 맞추거나, 메모리 제한을 올리세요.</translation>
    </message>
    <message>
        <source>Large production, &lt; 200 GB data</source>
        <translation>대규모 프로덕션, 데이터 &lt; 200 GB</translation>
    </message>
    <message>
        <source>Enterprise, &gt; 200 GB data</source>
        <translation>엔터프라이즈, 데이터 &gt; 200 GB</translation>
    </message>
    <message>
        <source>Max connections</source>
        <translation>최대 커넥션 수</translation>
    </message>
    <message>
        <source>Server-side connections (max_connections); each is a thread that can hold its own buffers at once.</source>
        <translation>서버 측 커넥션 수(max_connections). 커넥션마다 스레드 하나이며, 각 스레드가 자체 버퍼를 동시에 잡을 수 있습니다.</translation>
    </message>
    <message>
        <source>Buffer a connection allocates for each sequential table scan; 128 KiB is MySQL 8.4&apos;s default.</source>
        <translation>커넥션이 순차 테이블 스캔마다 할당하는 버퍼. MySQL 8.4 기본값은 128 KiB입니다.</translation>
    </message>
    <message>
        <source>Buffer a connection allocates for each sort; 256 KiB is MySQL 8.4&apos;s default and larger values often slow sorts down.</source>
        <translation>커넥션이 정렬마다 할당하는 버퍼. MySQL 8.4 기본값은 256 KiB이며, 값을 키우면 오히려 정렬이 느려지는 경우가 많습니다.</translation>
    </message>
    <message>
        <source>Buffer a connection allocates for each join that cannot use an index; 256 KiB is MySQL 8.4&apos;s default.</source>
        <translation>커넥션이 인덱스를 쓸 수 없는 조인마다 할당하는 버퍼. MySQL 8.4 기본값은 256 KiB입니다.</translation>
    </message>
    <message>
        <source>Memory per thread</source>
        <translation>스레드당 메모리</translation>
    </message>
    <message>
        <source>Fixed memory of every connection thread, its stack (thread_stack is 1 MiB in MySQL 8.4) and network buffers.</source>
        <translation>커넥션 스레드마다 고정으로 드는 메모리: 스택(MySQL 8.4의 thread_stack은 1 MiB)과 네트워크 버퍼.</translation>
    </message>
    <message>
        <source>Redo log buffer</source>
        <translation>리두 로그 버퍼</translation>
    </message>
    <message>
        <source>Memory InnoDB buffers redo in before writing it to the log files; 64 MiB is MySQL 8.4&apos;s default.</source>
        <translation>InnoDB가 리두를 로그 파일에 쓰기 전에 버퍼링하는 메모리. MySQL 8.4 기본값은 64 MiB입니다.</translation>
    </message>
    <message>
        <source>Size of the databases on disk, tables and indexes.</source>
        <translation>디스크에 있는 데이터베이스의 크기(테이블과 인덱스).</translation>
    </message>
    <message>
        <source>Space kept free above the dataset for binary logs, undo, temporary files and growth.</source>
        <translation>바이너리 로그, 언두, 임시 파일, 데이터 증가를 위해 데이터셋 외에 비워 두는 공간.</translation>
    </message>
    <message>
        <source>The guide&apos;s 70-80% of total memory at its midpoint; the Large example&apos;s 12G.</source>
        <translation>가이드가 제시한 전체 메모리의 70-80% 중 중간값. 대형 예시에서는 12G입니다.</translation>
    </message>
    <message>
        <source>On-disk redo space, a quarter of the buffer pool as the guide advises so checkpoints stay rare; MySQL 8.4 takes it instead of innodb_log_file_size.</source>
        <translation>디스크의 리두 공간. 체크포인트가 드물게 일어나도록 가이드 권장대로 버퍼 풀의 4분의 1로 잡습니다. MySQL 8.4는 innodb_log_file_size 대신 이 설정을 씁니다.</translation>
    </message>
    <message>
        <source>Redo buffered in memory before it is written, so large transactions need not write to disk before they commit.</source>
        <translation>리두를 쓰기 전에 메모리에 버퍼링해, 큰 트랜잭션이 커밋하기 전에 디스크에 쓰지 않아도 되게 합니다.</translation>
    </message>
    <message>
        <source>The guide&apos;s tuning section sets 32M, half of MySQL 8.4&apos;s default.</source>
        <translation>가이드의 튜닝 절은 MySQL 8.4 기본값의 절반인 32M으로 설정합니다.</translation>
    </message>
    <message>
        <source>Largest in-memory internal temporary table before it goes to disk, 1/64 of the limit as in the guide&apos;s Large example (256M of 16 GB).</source>
        <translation>내부 임시 테이블이 디스크로 넘어가기 전까지 메모리에서 가질 수 있는 최대 크기. 가이드의 대형 예시(16 GB 중 256M)처럼 제한의 1/64입니다.</translation>
    </message>
    <message>
        <source>Cap on all in-memory temporary tables together, 1/16 of the limit, set because MySQL 8.4&apos;s default follows host RAM, not the container limit (errata 7).</source>
        <translation>메모리 내 임시 테이블 전체의 상한으로, 제한의 1/16입니다. MySQL 8.4 기본값은 컨테이너 제한이 아니라 호스트 RAM을 따르므로 직접 설정합니다(정오표 7).</translation>
    </message>
    <message>
        <source>Buffers per connection</source>
        <translation>커넥션당 버퍼</translation>
    </message>
    <message>
        <source>What one connection holds when it scans, sorts and joins at once, on top of its thread&apos;s fixed memory.</source>
        <translation>커넥션 하나가 스캔, 정렬, 조인을 동시에 할 때 스레드 고정 메모리에 더해 잡는 메모리.</translation>
    </message>
    <message>
        <source>The guide&apos;s max_connections x (read_buffer_size + sort_buffer_size), plus the join buffer and thread stack it leaves out.</source>
        <translation>가이드의 max_connections x (read_buffer_size + sort_buffer_size)에, 가이드가 빠뜨린 조인 버퍼와 스레드 스택을 더한 값.</translation>
    </message>
    <message>
        <source>The guide&apos;s per-connection term, without join buffers and thread stacks.</source>
        <translation>가이드의 커넥션당 항으로, 조인 버퍼와 스레드 스택이 빠져 있습니다.</translation>
    </message>
    <message>
        <source>Memory committed</source>
        <translation>피크 할당 메모리</translation>
    </message>
    <message>
        <source>Everything MySQL may allocate at peak when every connection is busy; performance_schema and InnoDB&apos;s internals need the rest.</source>
        <translation>모든 커넥션이 바쁠 때 MySQL이 피크에 할당할 수 있는 메모리 전체. 나머지는 performance_schema와 InnoDB 내부 구조에 필요합니다.</translation>
    </message>
    <message>
        <source>The dataset plus headroom, plus the redo log files, rounded up to whole GiB.</source>
        <translation>데이터셋에 여유분과 리두 로그 파일을 더하고 GiB 단위로 올림한 값.</translation>
    </message>
    <message>
        <source>Buffer pool {innodb_buffer_pool_size}, temporary tables {temptable_max_ram} and {connections} connections ({connection_memory}) commit {committed_memory} of the {memory} limit, too little left for performance_schema and InnoDB internals.</source>
        <translation>버퍼 풀 {innodb_buffer_pool_size}, 임시 테이블 {temptable_max_ram}, 커넥션 {connections}개({connection_memory})를 합치면 {memory} 제한 중 {committed_memory}을(를) 할당할 수 있어, performance_schema와 InnoDB 내부 구조에 남는 메모리가 너무 적습니다.</translation>
    </message>
    <message>
        <source>Lower max_connections (pool with ProxySQL or in the application), shrink the per-connection buffers, or raise the memory limit.</source>
        <translation>max_connections를 낮추거나(ProxySQL 또는 애플리케이션에서 커넥션 풀링), 커넥션당 버퍼를 줄이거나, 메모리 제한을 올리세요.</translation>
    </message>
    <message>
        <source>{connections} connections can take {connection_memory}, more than a quarter of the {memory} limit.</source>
        <translation>커넥션 {connections}개가 {connection_memory}까지 차지할 수 있어 {memory} 제한의 4분의 1을 넘습니다.</translation>
    </message>
    <message>
        <source>Pool connections so far fewer server threads run, or lower the per-connection buffers back to their defaults.</source>
        <translation>커넥션을 풀링해 실행되는 서버 스레드 수를 크게 줄이거나, 커넥션당 버퍼를 기본값으로 되돌리세요.</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>파일 수</translation>
    </message>
    <message>
        <source>Personal/Family</source>
        <translation>개인/가족</translation>
    </message>
    <message>
        <source>Small team</source>
        <translation>소규모 팀</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>조직</translation>
    </message>
    <message>
        <source>User data</source>
        <translation>사용자 데이터</translation>
    </message>
    <message>
        <source>Space for the users&apos; files, their versions and the trash bin.</source>
        <translation>사용자 파일, 파일 버전, 휴지통을 위한 공간.</translation>
    </message>
    <message>
        <source>Largest upload</source>
        <translation>최대 업로드 크기</translation>
    </message>
    <message>
        <source>Largest single file a browser or client may upload without chunking, the guide&apos;s 16G.</source>
        <translation>브라우저나 클라이언트가 청크로 나누지 않고 올릴 수 있는 단일 파일의 최대 크기. 가이드 값은 16G입니다.</translation>
    </message>
    <message>
        <source>Longest request</source>
        <translation>최대 요청 시간</translation>
    </message>
    <message>
        <source>Longest a PHP request may run before it is stopped, the guide&apos;s 3600 seconds, so large uploads can finish.</source>
        <translation>PHP 요청이 중단되기 전까지 실행될 수 있는 최대 시간. 큰 업로드가 끝날 수 있도록 가이드 값인 3600초를 씁니다.</translation>
    </message>
    <message>
        <source>PHP memory_limit</source>
        <translation>PHP memory_limit</translation>
    </message>
    <message>
        <source>The most one PHP request may allocate, a quarter of the limit as in the guide&apos;s Large example (2048M of 8 GB), so three heavy requests fit beside OPcache.</source>
        <translation>PHP 요청 하나가 할당할 수 있는 최대 메모리. 가이드의 대형 예시(8 GB 중 2048M)처럼 제한의 4분의 1이며, OPcache 외에 무거운 요청 세 개가 들어갈 수 있습니다.</translation>
    </message>
    <message>
        <source>OPcache</source>
        <translation>OPcache</translation>
    </message>
    <message>
        <source>Shared memory for compiled PHP scripts, one sixteenth of the limit as in the guide&apos;s Large example (512 MB of 8 GB), so Nextcloud&apos;s many apps stay compiled.</source>
        <translation>컴파일된 PHP 스크립트를 위한 공유 메모리. 가이드의 대형 예시(8 GB 중 512 MB)처럼 제한의 16분의 1이며, Nextcloud의 많은 앱이 컴파일된 상태로 유지됩니다.</translation>
    </message>
    <message>
        <source>The OPcache size in the whole megabytes opcache.memory_consumption takes.</source>
        <translation>opcache.memory_consumption이 받는 형식대로 메가바이트 단위 정수로 나타낸 OPcache 크기.</translation>
    </message>
    <message>
        <source>The longest request in whole seconds, as max_execution_time takes it.</source>
        <translation>max_execution_time이 받는 형식대로 초 단위 정수로 나타낸 최대 요청 시간.</translation>
    </message>
    <message>
        <source>PHP memory_limit is {php_memory_limit}, below the 512 MB Nextcloud requires, so previews, upgrades and app installs fail.</source>
        <translation>PHP memory_limit이 {php_memory_limit}(으)로 Nextcloud가 요구하는 512 MB보다 작아 미리 보기, 업그레이드, 앱 설치가 실패합니다.</translation>
    </message>
    <message>
        <source>Server-side connections (max_connections); every one can hold work_mem and its own backend memory.</source>
        <translation>서버 측 커넥션 수(max_connections). 커넥션마다 work_mem과 자체 백엔드 메모리를 잡을 수 있습니다.</translation>
    </message>
    <message>
        <source>Private memory of one idle backend process; measured at 5-10 MB in the primary/replica case study.</source>
        <translation>유휴 백엔드 프로세스 하나의 전용 메모리. 프라이머리/레플리카 사례 연구에서 5-10 MB로 측정되었습니다.</translation>
    </message>
    <message>
        <source>Space kept free above the dataset for WAL, bloat and growth.</source>
        <translation>WAL, 테이블 팽창(bloat), 데이터 증가를 위해 데이터셋 외에 비워 두는 공간.</translation>
    </message>
    <message>
        <source>The guide&apos;s rule: 25% of total memory.</source>
        <translation>가이드의 규칙: 전체 메모리의 25%.</translation>
    </message>
    <message>
        <source>The guide&apos;s formula, before rounding down to whole MB.</source>
        <translation>MB 단위로 내림하기 전의 가이드 수식.</translation>
    </message>
    <message>
        <source>work_mem x connections</source>
        <translation>work_mem x 커넥션 수</translation>
    </message>
    <message>
        <source>What sorts and hashes take when every connection runs one at the same time; complex queries can use several.</source>
        <translation>모든 커넥션이 동시에 정렬이나 해시를 하나씩 실행할 때 드는 메모리. 복잡한 쿼리는 여러 개를 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>Backend overhead</source>
        <translation>백엔드 오버헤드</translation>
    </message>
    <message>
        <source>Private memory of the backend processes (the guide&apos;s formula leaves it out; errata 5).</source>
        <translation>백엔드 프로세스의 전용 메모리(가이드 수식에는 빠져 있음, 정오표 5).</translation>
    </message>
    <message>
        <source>The dataset plus headroom for WAL, bloat and growth, rounded up to whole GiB.</source>
        <translation>데이터셋에 WAL, 테이블 팽창(bloat), 데이터 증가를 위한 여유분을 더하고 GiB 단위로 올림한 값.</translation>
    </message>
    <message>
        <source>work_mem is {work_mem} at {connections} connections, so larger sorts and hashes spill to disk.</source>
        <translation>커넥션 {connections}개에서 work_mem이 {work_mem}밖에 되지 않아, 큰 정렬과 해시는 디스크로 넘어갑니다.</translation>
    </message>
    <message>
        <source>Put PgBouncer in front to cut server connections, lower max_connections, or raise the memory limit.</source>
        <translation>앞단에 PgBouncer를 두어 서버 커넥션을 줄이거나, max_connections를 낮추거나, 메모리 제한을 올리세요.</translation>
    </message>
    <message>
        <source>{connections} backends take {connection_memory}, more than a quarter of the {memory} limit.</source>
        <translation>백엔드 {connections}개가 {connection_memory}을(를) 차지해 {memory} 제한의 4분의 1을 넘습니다.</translation>
    </message>
    <message>
        <source>Pool connections with PgBouncer in transaction mode so far fewer backends run.</source>
        <translation>PgBouncer를 트랜잭션 모드로 두고 커넥션을 풀링해 실행되는 백엔드 수를 크게 줄이세요.</translation>
    </message>
    <message>
        <source>Samples/s</source>
        <translation>샘플/s</translation>
    </message>
    <message>
        <source>Dev/Test, &lt; 100 targets</source>
        <translation>개발/테스트, 타깃 &lt; 100개</translation>
    </message>
    <message>
        <source>Small production, &lt; 500 targets</source>
        <translation>소규모 프로덕션, 타깃 &lt; 500개</translation>
    </message>
    <message>
        <source>Large production, &lt; 2000 targets</source>
        <translation>대규모 프로덕션, 타깃 &lt; 2000개</translation>
    </message>
    <message>
        <source>Enterprise, &gt; 2000 targets</source>
        <translation>엔터프라이즈, 타깃 &gt; 2000개</translation>
    </message>
    <message>
        <source>Samples ingested</source>
        <translation>수집 샘플 수</translation>
    </message>
    <message>
        <source>Samples per second Prometheus ingests across all targets (rate of prometheus_tsdb_head_samples_appended_total).</source>
        <translation>Prometheus가 모든 타깃에서 수집하는 초당 샘플 수(prometheus_tsdb_head_samples_appended_total의 rate).</translation>
    </message>
    <message>
        <source>How long blocks are kept on disk before deletion (storage.tsdb.retention.time).</source>
        <translation>블록을 삭제하기 전까지 디스크에 보관하는 기간(storage.tsdb.retention.time).</translation>
    </message>
    <message>
        <source>Scrape interval</source>
        <translation>스크레이프 간격</translation>
    </message>
    <message>
        <source>How often each target is scraped; at a given sample rate a longer interval means more active series.</source>
        <translation>각 타깃을 스크레이프하는 간격. 샘플 수집률이 같다면 간격이 길수록 활성 시리즈가 많다는 뜻입니다.</translation>
    </message>
    <message>
        <source>Memory per active series</source>
        <translation>활성 시리즈당 메모리</translation>
    </message>
    <message>
        <source>Head-block memory one active series takes with its labels, index entry and open chunk; about 4 KiB is typical, more with long label sets.</source>
        <translation>활성 시리즈 하나가 레이블, 인덱스 항목, 열린 청크와 함께 차지하는 헤드 블록 메모리. 보통 약 4 KiB이며, 레이블 세트가 길면 더 큽니다.</translation>
    </message>
    <message>
        <source>Query and WAL headroom</source>
        <translation>쿼리·WAL 여유분</translation>
    </message>
    <message>
        <source>Memory on top of the head block for queries, rule evaluation, WAL replay and compaction, as a share of the head block.</source>
        <translation>쿼리, 규칙 평가, WAL 리플레이, 컴팩션을 위해 헤드 블록 외에 더 필요한 메모리를 헤드 블록 대비 비율로 나타낸 값.</translation>
    </message>
    <message>
        <source>Bytes per sample on disk</source>
        <translation>디스크상 샘플당 바이트 수</translation>
    </message>
    <message>
        <source>Compressed size of one sample in the TSDB blocks; 1-2 bytes is typical, the guide takes 1.5.</source>
        <translation>TSDB 블록에서 샘플 하나의 압축 크기. 보통 1-2바이트이며, 가이드는 1.5를 씁니다.</translation>
    </message>
    <message>
        <source>Space above the blocks for the WAL, the head chunks and compaction, which briefly writes a new block beside the old ones.</source>
        <translation>WAL, 헤드 청크, 컴팩션을 위해 블록 외에 두는 공간. 컴팩션은 잠시 동안 기존 블록 옆에 새 블록을 씁니다.</translation>
    </message>
    <message>
        <source>Active series</source>
        <translation>활성 시리즈</translation>
    </message>
    <message>
        <source>Every active series yields one sample per scrape, so the series count is the sample rate times the scrape interval.</source>
        <translation>활성 시리즈는 스크레이프마다 샘플을 하나씩 내므로, 시리즈 수는 샘플 수집률 x 스크레이프 간격입니다.</translation>
    </message>
    <message>
        <source>Head block</source>
        <translation>헤드 블록</translation>
    </message>
    <message>
        <source>The in-memory head block holds every active series with its labels and open chunks, so memory grows with series, not with retention.</source>
        <translation>메모리에 있는 헤드 블록은 모든 활성 시리즈를 레이블, 열린 청크와 함께 보관하므로, 메모리는 보존 기간이 아니라 시리즈 수에 따라 늘어납니다.</translation>
    </message>
    <message>
        <source>Memory queries, rule evaluation and WAL replay after a restart need beyond the head block, which the guide&apos;s formula leaves out.</source>
        <translation>쿼리, 규칙 평가, 재시작 후 WAL 리플레이에 헤드 블록 외로 필요한 메모리. 가이드 수식에는 빠져 있습니다.</translation>
    </message>
    <message>
        <source>The head block plus query and WAL headroom; the 100k samples/s, 30 s example needs 3M series, 11.4 GiB of head block and 14.3 GiB in all.</source>
        <translation>헤드 블록에 쿼리·WAL 여유분을 더한 값. 100k samples/s, 30 s 예시에는 시리즈 3M개, 헤드 블록 11.4 GiB, 합계 14.3 GiB가 필요합니다.</translation>
    </message>
    <message>
        <source>The guide&apos;s formula scales with retention and gives about 724 GiB for its own 100k samples/s, 30-day example, not the 12 GB it states (errata 1).</source>
        <translation>가이드 수식은 보존 기간에 비례해 커지므로, 가이드 자신의 100k samples/s, 30일 예시에 대해 가이드에 적힌 12 GB가 아니라 약 724 GiB가 나옵니다(정오표 1).</translation>
    </message>
    <message>
        <source>TSDB blocks</source>
        <translation>TSDB 블록</translation>
    </message>
    <message>
        <source>Every sample kept for the retention period at its compressed size; the guide&apos;s formula, which gives about 362 GiB for 100k samples/s over 30 days.</source>
        <translation>보존 기간 동안 보관하는 모든 샘플의 압축 크기. 가이드 수식으로, 100k samples/s를 30일 보관하면 약 362 GiB가 됩니다.</translation>
    </message>
    <message>
        <source>The guide&apos;s storage formula, right as it stands.</source>
        <translation>가이드의 스토리지 수식으로, 그대로 맞습니다.</translation>
    </message>
    <message>
        <source>The blocks plus headroom for the WAL and compaction, rounded up to whole GiB.</source>
        <translation>블록에 WAL과 컴팩션을 위한 여유분을 더하고 GiB 단위로 올림한 값.</translation>
    </message>
    <message>
        <source>A size cap at 85% of the volume, so old blocks go before the disk fills if ingestion outgrows the plan; time-based retention normally acts first.</source>
        <translation>볼륨의 85%로 잡은 크기 상한. 수집량이 계획을 넘어서더라도 디스크가 차기 전에 오래된 블록부터 지워집니다. 보통은 시간 기준 보존이 먼저 작동합니다.</translation>
    </message>
    <message>
        <source>{active_series} active series need {head_memory} of head block and {memory_needed} with query headroom, more than the {memory} limit, so Prometheus will be OOM-killed and replay its WAL in a loop.</source>
        <translation>활성 시리즈 {active_series}개에 헤드 블록 {head_memory}, 쿼리 여유분까지 합쳐 {memory_needed}이(가) 필요해 {memory} 제한을 넘습니다. Prometheus가 OOM kill되고 WAL 리플레이를 계속 반복하게 됩니다.</translation>
    </message>
    <message>
        <source>Raise the memory limit, drop high-cardinality labels with metric_relabel_configs, or shard the targets across several Prometheus servers.</source>
        <translation>메모리 제한을 올리거나, metric_relabel_configs로 카디널리티가 높은 레이블을 제거하거나, 타깃을 여러 Prometheus 서버로 샤딩하세요.</translation>
    </message>
    <message>
        <source>The head block and query headroom take {memory_needed} of the {memory} limit, leaving little page cache for queries over older blocks.</source>
        <translation>헤드 블록과 쿼리 여유분이 {memory} 제한 중 {memory_needed}을(를) 차지해, 오래된 블록을 조회하는 쿼리에 쓸 페이지 캐시가 거의 남지 않습니다.</translation>
    </message>
    <message>
        <source>Raise the memory limit or reduce the number of active series.</source>
        <translation>메모리 제한을 올리거나 활성 시리즈 수를 줄이세요.</translation>
    </message>
    <message>
        <source>Memory high watermark</source>
        <translation>메모리 high 워터마크</translation>
    </message>
    <message>
        <source>Share of the memory limit at which RabbitMQ blocks publishers (vm_memory_high_watermark.relative).</source>
        <translation>RabbitMQ가 퍼블리셔를 차단하기 시작하는 메모리 제한 대비 비율(vm_memory_high_watermark.relative).</translation>
    </message>
    <message>
        <source>Client connections</source>
        <translation>클라이언트 커넥션 수</translation>
    </message>
    <message>
        <source>AMQP connections open at once from producers and consumers.</source>
        <translation>프로듀서와 컨슈머가 동시에 열어 두는 AMQP 커넥션 수.</translation>
    </message>
    <message>
        <source>Channels per connection</source>
        <translation>커넥션당 채널 수</translation>
    </message>
    <message>
        <source>Channels each connection opens on average; publishers and consumers usually keep one or two.</source>
        <translation>커넥션 하나가 평균적으로 여는 채널 수. 퍼블리셔와 컨슈머는 보통 한두 개를 유지합니다.</translation>
    </message>
    <message>
        <source>Most channels one connection may open, the guide&apos;s 2048.</source>
        <translation>커넥션 하나가 열 수 있는 최대 채널 수. 가이드 값은 2048입니다.</translation>
    </message>
    <message>
        <source>Memory one connection&apos;s processes and TCP buffers take; RabbitMQ documents about 100 KB with default buffers.</source>
        <translation>커넥션 하나의 프로세스와 TCP 버퍼가 차지하는 메모리. RabbitMQ 문서에는 기본 버퍼 기준 약 100 KB로 나와 있습니다.</translation>
    </message>
    <message>
        <source>Memory per channel</source>
        <translation>채널당 메모리</translation>
    </message>
    <message>
        <source>Memory one channel&apos;s processes take, an estimate to replace with rabbitmq-diagnostics memory_breakdown figures.</source>
        <translation>채널 하나의 프로세스가 차지하는 메모리. 추정치이므로 rabbitmq-diagnostics memory_breakdown 수치로 바꿔 넣으세요.</translation>
    </message>
    <message>
        <source>Message rate</source>
        <translation>메시지 처리율</translation>
    </message>
    <message>
        <source>Messages per second published at peak.</source>
        <translation>피크 시 초당 발행되는 메시지 수.</translation>
    </message>
    <message>
        <source>Average message size</source>
        <translation>평균 메시지 크기</translation>
    </message>
    <message>
        <source>Average message body plus properties.</source>
        <translation>메시지 본문과 속성을 합한 평균 크기.</translation>
    </message>
    <message>
        <source>Backlog to survive</source>
        <translation>백로그 허용 시간</translation>
    </message>
    <message>
        <source>How long consumers may be stopped while publishing continues at the peak rate before the disk fills.</source>
        <translation>피크 속도로 발행이 계속되는 동안 디스크가 차기 전까지 컨슈머가 멈춰 있어도 되는 시간.</translation>
    </message>
    <message>
        <source>Disk free limit</source>
        <translation>디스크 여유 공간 하한</translation>
    </message>
    <message>
        <source>Free space below which RabbitMQ blocks publishers; the chart sets 2GB.</source>
        <translation>여유 공간이 이 값 아래로 내려가면 RabbitMQ가 퍼블리셔를 차단합니다. 차트는 2GB로 설정합니다.</translation>
    </message>
    <message>
        <source>Space kept free above the backlog for the message store&apos;s compaction, queue indexes and growth.</source>
        <translation>메시지 저장소 컴팩션, 큐 인덱스, 데이터 증가를 위해 백로그 외에 비워 두는 공간.</translation>
    </message>
    <message>
        <source>The watermark as the fraction RabbitMQ reads; the guide&apos;s 0.4 leaves room for Erlang garbage collection, which can briefly need as much memory again.</source>
        <translation>RabbitMQ가 읽는 소수 형식의 워터마크. 가이드 값 0.4는 Erlang 가비지 컬렉션을 위한 여유를 남기는데, 가비지 컬렉션은 잠시 동안 같은 양의 메모리를 한 번 더 필요로 할 수 있습니다.</translation>
    </message>
    <message>
        <source>Memory the node may use for queues, connections and channels before it blocks publishers, measured against the container limit.</source>
        <translation>노드가 퍼블리셔를 차단하기 전까지 큐, 커넥션, 채널에 쓸 수 있는 메모리. 컨테이너 제한을 기준으로 계산합니다.</translation>
    </message>
    <message>
        <source>The container limit in bytes, given to RabbitMQ so it takes the watermark of that rather than of the host&apos;s RAM (errata 7).</source>
        <translation>바이트 단위 컨테이너 제한. RabbitMQ에 넘겨 호스트 RAM이 아니라 이 값을 기준으로 워터마크를 잡게 합니다(정오표 7).</translation>
    </message>
    <message>
        <source>Connection and channel memory</source>
        <translation>커넥션·채널 메모리</translation>
    </message>
    <message>
        <source>The guide&apos;s connection overhead, per connection plus per channel, which counts against the watermark before any message does.</source>
        <translation>가이드의 커넥션 오버헤드(커넥션당 + 채널당)로, 메시지가 들어오기도 전에 워터마크를 차지합니다.</translation>
    </message>
    <message>
        <source>Backlog on disk</source>
        <translation>디스크 백로그</translation>
    </message>
    <message>
        <source>The messages that pile up while consumers are stopped for the backlog window at the peak rate.</source>
        <translation>컨슈머가 백로그 허용 시간 동안 멈춰 있을 때 피크 속도로 쌓이는 메시지.</translation>
    </message>
    <message>
        <source>The backlog plus headroom plus the free space RabbitMQ insists on, rounded up to whole GiB.</source>
        <translation>백로그에 여유분과 RabbitMQ가 반드시 요구하는 여유 공간을 더하고 GiB 단위로 올림한 값.</translation>
    </message>
    <message>
        <source>The guide&apos;s Large example: 60-second heartbeats find dead TCP connections within two minutes without chattering.</source>
        <translation>가이드의 대형 예시: 60초 하트비트로 불필요한 트래픽 없이 죽은 TCP 커넥션을 2분 안에 찾아냅니다.</translation>
    </message>
    <message>
        <source>{connections} connections and their channels take {connection_memory}, over half of the {watermark_bytes} watermark, so publishers are blocked with little message data in memory.</source>
        <translation>커넥션 {connections}개와 그 채널이 {connection_memory}을(를) 차지해 워터마크 {watermark_bytes}의 절반을 넘으므로, 메모리에 메시지 데이터가 얼마 없는데도 퍼블리셔가 차단됩니다.</translation>
    </message>
    <message>
        <source>Reuse connections and channels in the clients (one connection per process), or raise the memory limit.</source>
        <translation>클라이언트에서 커넥션과 채널을 재사용하거나(프로세스당 커넥션 하나), 메모리 제한을 올리세요.</translation>
    </message>
    <message>
        <source>A watermark of {watermark} leaves less than 40% of the {memory} limit for garbage-collection spikes, the OS and the page cache, so the pod risks an OOM kill before RabbitMQ blocks publishers.</source>
        <translation>워터마크 {watermark}에서는 {memory} 제한 중 가비지 컬렉션 급증, OS, 페이지 캐시에 남는 메모리가 40% 미만이라, RabbitMQ가 퍼블리셔를 차단하기 전에 파드가 OOM kill될 위험이 있습니다.</translation>
    </message>
    <message>
        <source>Keep vm_memory_high_watermark.relative at 0.4 to 0.6 and raise the memory limit instead.</source>
        <translation>vm_memory_high_watermark.relative는 0.4-0.6으로 유지하고 대신 메모리 제한을 올리세요.</translation>
    </message>
    <message>
        <source>Clients open {channels_per_connection} channels per connection but channel_max is {channel_max}, so the extra channels are refused.</source>
        <translation>클라이언트가 커넥션당 채널을 {channels_per_connection}개 여는데 channel_max가 {channel_max}이므로 초과한 채널은 거부됩니다.</translation>
    </message>
    <message>
        <source>Raise channel_max or open fewer channels per connection.</source>
        <translation>channel_max를 올리거나 커넥션당 여는 채널 수를 줄이세요.</translation>
    </message>
    <message>
        <source>Dev/Test, cache &lt; 1 GB</source>
        <translation>개발/테스트, 캐시 &lt; 1 GB</translation>
    </message>
    <message>
        <source>Small production, cache &lt; 3 GB</source>
        <translation>소규모 프로덕션, 캐시 &lt; 3 GB</translation>
    </message>
    <message>
        <source>Large production, cache &lt; 6 GB</source>
        <translation>대규모 프로덕션, 캐시 &lt; 6 GB</translation>
    </message>
    <message>
        <source>Enterprise, cache &lt; 12 GB</source>
        <translation>엔터프라이즈, 캐시 &lt; 12 GB</translation>
    </message>
    <message>
        <source>Raw size of the keys and values to keep; the default is the most each tier holds at 1.5x overhead within maxmemory.</source>
        <translation>보관할 키와 값의 원본 크기. 기본값은 오버헤드 1.5배를 감안할 때 각 티어가 maxmemory 안에 담을 수 있는 최대치입니다.</translation>
    </message>
    <message>
        <source>Memory overhead factor</source>
        <translation>메모리 오버헤드 계수</translation>
    </message>
    <message>
        <source>Memory Redis uses per byte of data once key overhead and allocator fragmentation are counted; the guide&apos;s 1.5.</source>
        <translation>키 오버헤드와 할당자 단편화까지 셌을 때 Redis가 데이터 1바이트당 쓰는 메모리. 가이드 값은 1.5입니다.</translation>
    </message>
    <message>
        <source>The guide&apos;s rule: 75% of total memory, leaving 25% for the OS and fragmentation.</source>
        <translation>가이드의 규칙: 전체 메모리의 75%. 나머지 25%는 OS와 단편화 몫으로 남깁니다.</translation>
    </message>
    <message>
        <source>Memory the dataset needs</source>
        <translation>데이터셋 필요 메모리</translation>
    </message>
    <message>
        <source>The dataset times the overhead factor, the guide&apos;s dataset x 1.5 for key overhead and fragmentation.</source>
        <translation>데이터셋에 오버헤드 계수를 곱한 값. 키 오버헤드와 단편화를 반영한 가이드의 데이터셋 x 1.5에 해당합니다.</translation>
    </message>
    <message>
        <source>Memory limit needed</source>
        <translation>필요 메모리 제한</translation>
    </message>
    <message>
        <source>The guide&apos;s policy for a cache: evict the least recently used keys of all, instead of refusing writes (Redis&apos;s default noeviction).</source>
        <translation>캐시를 위한 가이드의 정책: 쓰기를 거부하는 대신(Redis 기본값 noeviction) 전체 키 중 가장 오래 사용되지 않은 키를 축출합니다.</translation>
    </message>
    <message>
        <source>The {dataset} dataset needs about {dataset_memory} with overhead, more than maxmemory {maxmemory}, so keys are evicted (or writes fail under noeviction); a limit of {memory_needed} would hold it.</source>
        <translation>데이터셋 {dataset}에는 오버헤드를 포함해 약 {dataset_memory}이(가) 필요해 maxmemory {maxmemory}보다 크므로 키가 축출됩니다(noeviction이면 쓰기가 실패합니다). 제한을 {memory_needed}(으)로 잡으면 모두 담을 수 있습니다.</translation>
    </message>
    <message>
        <source>Raise the memory limit, shard the data across more Redis instances, or set TTLs so the working set shrinks.</source>
        <translation>메모리 제한을 올리거나, 데이터를 더 많은 Redis 인스턴스로 샤딩하거나, TTL을 설정해 워킹 셋을 줄이세요.</translation>
    </message>
    <message>
        <source>Case study tuning</source>
        <translation>사례 연구 튜닝</translation>
    </message>
    <message>
        <source>The rule set of the primary/replica case study&apos;s tuned files (shared_buffers M/4, effective_cache_size (M - shared_buffers) x 0.78125, work_mem M/64, maintenance_work_mem M/16), a different rule set from the guide&apos;s work_mem formula (errata 9).</source>
        <translation>프라이머리/레플리카 사례 연구에서 튜닝한 설정 파일의 규칙(shared_buffers M/4, effective_cache_size (M - shared_buffers) x 0.78125, work_mem M/64, maintenance_work_mem M/16). 가이드의 work_mem 수식과는 다른 규칙입니다(정오표 9).</translation>
    </message>
    <message>
        <source>Sizing guide</source>
        <translation>사이징 가이드</translation>
    </message>
    <message>
        <source>The sizing guide&apos;s PostgreSQL formulas, applied to the container&apos;s memory limit.</source>
        <translation>사이징 가이드의 PostgreSQL 수식을 컨테이너의 메모리 제한에 적용합니다.</translation>
    </message>
    <message>
        <source>Headroom (container-aware)</source>
        <translation>Headroom(컨테이너 인식)</translation>
    </message>
    <message>
        <source>PGTune</source>
        <translation>PGTune</translation>
    </message>
    <message>
        <source>PGTune&apos;s rules (web application, the role&apos;s memory limit as total memory, its CPU limit and max_connections), so the numbers match what SREs already get from PGTune.</source>
        <translation>PGTune의 규칙을 적용합니다(웹 애플리케이션 유형, 역할의 메모리 제한을 전체 메모리로 간주, 역할의 CPU 제한과 max_connections 사용). 그래서 SRE가 이미 PGTune에서 얻는 값과 같은 수치가 나옵니다.</translation>
    </message>
    <message>
        <source>Filesystem cache, direct buffers and OS</source>
        <translation>파일 시스템 캐시, 다이렉트 버퍼, OS</translation>
    </message>
    <message>
        <source>Backend plugin processes and OS</source>
        <translation>백엔드 플러그인 프로세스와 OS</translation>
    </message>
    <message>
        <source>Metaspace, direct buffers, thread stacks and OS</source>
        <translation>메타스페이스, 다이렉트 버퍼, 스레드 스택, OS</translation>
    </message>
    <message>
        <source>Thread stacks, code cache, direct buffers and OS</source>
        <translation>스레드 스택, 코드 캐시, 다이렉트 버퍼, OS</translation>
    </message>
    <message>
        <source>Chunks in flight, query buffers and OS</source>
        <translation>처리 중인 청크, 쿼리 버퍼, OS</translation>
    </message>
    <message>
        <source>Filesystem cache, aggregations, index builds and OS</source>
        <translation>파일 시스템 캐시, 집계, 인덱스 빌드, OS</translation>
    </message>
    <message>
        <source>performance_schema, InnoDB internals, OS and page cache</source>
        <translation>performance_schema, InnoDB 내부 구조, OS와 페이지 캐시</translation>
    </message>
    <message>
        <source>Other PHP workers, Apache and OS</source>
        <translation>다른 PHP 워커, Apache, OS</translation>
    </message>
    <message>
        <source>OS and page cache</source>
        <translation>OS와 페이지 캐시</translation>
    </message>
    <message>
        <source>Page cache for queried blocks and OS</source>
        <translation>조회된 블록의 페이지 캐시와 OS</translation>
    </message>
    <message>
        <source>Garbage-collection headroom, OS and page cache</source>
        <translation>가비지 컬렉션 여유분, OS와 페이지 캐시</translation>
    </message>
    <message>
        <source>Bytes per second producers write to the cluster at peak, before replication.</source>
        <translation>프로듀서가 피크 시 클러스터에 쓰는 초당 바이트 수(복제 전).</translation>
    </message>
    <message>
        <source>Average share of peak</source>
        <translation>피크 대비 평균 비율</translation>
    </message>
    <message>
        <source>The produce rate averaged over the retention period, as a share of the peak throughput; what the volumes must hold. 50% is a daily cycle whose peak is twice its average; 100% is a constant stream.</source>
        <translation>보존 기간 동안의 평균 프로듀스 속도를 피크 처리량 대비 비율로 나타낸 값으로, 볼륨이 담아야 하는 양을 정합니다. 50%는 피크가 평균의 두 배인 일일 주기이고, 100%는 일정한 스트림입니다.</translation>
    </message>
    <message>
        <source>A quarter of the limit, between Kafka&apos;s stock 1 GiB and the guide&apos;s 6 GB (never more than half the limit), since messages live in the page cache and a bigger heap only lengthens GC pauses.</source>
        <translation>제한의 4분의 1을 Kafka 기본값 1 GiB와 가이드의 6 GB 사이로 잡되 제한의 절반은 넘지 않습니다. 메시지는 페이지 캐시에 있으므로 힙을 키우면 GC 일시 정지만 길어집니다.</translation>
    </message>
    <message>
        <source>Replication factor written</source>
        <translation>적용되는 복제 계수</translation>
    </message>
    <message>
        <source>The replication factor, but never more than the brokers the plan runs (its pods), since Kafka cannot create a topic with more replicas than brokers.</source>
        <translation>복제 계수이되, 플랜이 실행하는 브로커 수(파드 수)를 넘지 않습니다. Kafka는 브로커 수보다 많은 레플리카로 토픽을 만들 수 없기 때문입니다.</translation>
    </message>
    <message>
        <source>Everything produced during the retention period at the average rate, times the replication factor and segment headroom, spread over the brokers (errata 8).</source>
        <translation>보존 기간 동안 평균 속도로 생산된 데이터 전체에 복제 계수와 세그먼트 여유분을 곱해 브로커들에 나눈 값(정오표 8).</translation>
    </message>
    <message>
        <source>Internal topics&apos; replication factor</source>
        <translation>내부 토픽 복제 계수</translation>
    </message>
    <message>
        <source>Kafka&apos;s default of 3 for the consumer offsets and transaction state topics, but no more than the brokers; with fewer, consumers cannot commit offsets.</source>
        <translation>컨슈머 오프셋과 트랜잭션 상태 토픽에 대한 Kafka 기본값 3이되, 브로커 수를 넘지 않습니다. 브로커 수가 복제 계수보다 적으면 컨슈머가 오프셋을 커밋할 수 없기 때문입니다.</translation>
    </message>
    <message>
        <source>Kafka&apos;s default of 2, one fewer than the internal topics&apos; replicas, and 1 on a single broker.</source>
        <translation>Kafka 기본값 2로, 내부 토픽 레플리카 수보다 하나 적으며 브로커가 하나면 1입니다.</translation>
    </message>
    <message>
        <source>A replication factor of {replication_factor} needs at least that many brokers, but the plan runs {replicas}, so Headroom writes {effective_replication_factor}: a broker&apos;s loss loses data that only it held.</source>
        <translation>복제 계수 {replication_factor}에는 그만큼의 브로커가 필요하지만 플랜의 브로커는 {replicas}개이므로 Headroom은 {effective_replication_factor}(으)로 씁니다. 브로커 하나를 잃으면 그 브로커에만 있던 데이터도 잃습니다.</translation>
    </message>
    <message>
        <source>Kafka gets {memory}: a {heap} heap leaves {page_cache} of page cache, and a broker below 2 GiB fails under any real load.</source>
        <translation>Kafka에 {memory}이(가) 주어졌습니다. 힙 {heap}을(를) 빼면 페이지 캐시는 {page_cache}만 남고, 2 GiB 미만의 브로커는 실제 부하에서 버티지 못합니다.</translation>
    </message>
    <message>
        <source>Give each broker at least 2 GiB of memory.</source>
        <translation>브로커마다 메모리를 2 GiB 이상 주세요.</translation>
    </message>
    <message>
        <source>Each broker holds {storage_size} at {average_share} of {throughput} for {retention} with replication factor {effective_replication_factor}; replacing a failed broker means copying all of it over the network.</source>
        <translation>{throughput}의 {average_share}로 {retention} 동안, 복제 계수 {effective_replication_factor}이면 브로커마다 {storage_size}을(를) 보관합니다. 장애가 난 브로커를 교체하려면 이 전부를 네트워크로 복사해야 합니다.</translation>
    </message>
    <message>
        <source>InnoDB&apos;s cache of data and index pages, sized as MySQL&apos;s innodb_dedicated_server does (128 MiB below 1 GiB of memory, half of it up to 4 GiB, 75% above, the guide&apos;s 70-80%), rounded down to whole 128 MiB chunks, or whole GiB above 4 GiB, so MySQL&apos;s chunk rounding cannot push it up.</source>
        <translation>InnoDB가 데이터와 인덱스 페이지를 캐시하는 영역. MySQL의 innodb_dedicated_server와 같은 방식으로 잡습니다(메모리 1 GiB 미만은 128 MiB, 4 GiB까지는 절반, 4 GiB 초과는 75%로 가이드의 70-80%에 해당). MySQL이 청크 단위로 맞추면서 값을 올리지 않도록 128 MiB 청크 단위로, 4 GiB를 넘으면 GiB 단위로 내림합니다.</translation>
    </message>
    <message>
        <source>Resident memory</source>
        <translation>상주 메모리</translation>
    </message>
    <message>
        <source>What stays resident once the engine is warm, which the memory request must cover: The heap (-Xms = -Xmx, so committed at start) and about 300 MiB of metaspace, code cache, thread stacks and GC structures, the JVM non-heap figure Keycloak measures.</source>
        <translation>엔진이 예열된 뒤 계속 상주하는 메모리로, 메모리 요청이 이를 감당해야 합니다: 힙(-Xms = -Xmx이므로 시작할 때 확보됨)과 메타스페이스, 코드 캐시, 스레드 스택, GC 구조에 드는 약 300 MiB(Keycloak이 측정한 JVM 비힙 수치)입니다.</translation>
    </message>
    <message>
        <source>What stays resident once the engine is warm, which the memory request must cover: Grafana&apos;s documented minimum of 512 MB of memory.</source>
        <translation>엔진이 예열된 뒤 계속 상주하는 메모리로, 메모리 요청이 이를 감당해야 합니다: Grafana 문서가 밝힌 최소 메모리 512 MB입니다.</translation>
    </message>
    <message>
        <source>What stays resident once the engine is warm, which the memory request must cover: The heap (-Xms = -Xmx, so committed at start) and about 300 MiB of JVM non-heap memory; the page cache is the kernel&apos;s and can be reclaimed.</source>
        <translation>엔진이 예열된 뒤 계속 상주하는 메모리로, 메모리 요청이 이를 감당해야 합니다: 힙(-Xms = -Xmx이므로 시작할 때 확보됨)과 약 300 MiB의 JVM 비힙 메모리입니다. 페이지 캐시는 커널의 것이므로 회수될 수 있습니다.</translation>
    </message>
    <message>
        <source>What stays resident once the engine is warm, which the memory request must cover: The heap (-Xms = -Xmx) and the metaspace cap, Keycloak&apos;s non-heap share.</source>
        <translation>엔진이 예열된 뒤 계속 상주하는 메모리로, 메모리 요청이 이를 감당해야 합니다: 힙(-Xms = -Xmx)과 Keycloak의 비힙 몫인 메타스페이스 상한입니다.</translation>
    </message>
    <message>
        <source>Logs a day</source>
        <translation>하루 로그량</translation>
    </message>
    <message>
        <source>The log rate over a whole day, the unit Grafana&apos;s sizing guidance uses to choose a deployment mode.</source>
        <translation>로그 유입 속도를 하루 전체로 환산한 값으로, Grafana의 용량 산정 안내가 배포 모드를 고를 때 쓰는 단위입니다.</translation>
    </message>
    <message>
        <source>What stays resident once the engine is warm, which the memory request must cover: The active streams and the chunk and index caches, which fill as logs arrive and are queried.</source>
        <translation>엔진이 예열된 뒤 계속 상주하는 메모리로, 메모리 요청이 이를 감당해야 합니다: 활성 스트림과, 로그가 들어오고 조회되면서 채워지는 청크 캐시와 인덱스 캐시입니다.</translation>
    </message>
    <message>
        <source>{log_rate} is about {daily_volume} of logs a day, beyond the roughly 20 GB a day Grafana gives one Loki binary (monolithic mode); one pod cannot ingest, compact and query that much.</source>
        <translation>{log_rate}는 하루 약 {daily_volume}의 로그로, Grafana가 단일 Loki 바이너리(모놀리식 모드)에 주는 하루 약 20 GB를 넘습니다. 파드 하나로는 이만큼을 수집하고 압축하고 조회할 수 없습니다.</translation>
    </message>
    <message>
        <source>Deploy Loki in microservices mode (the grafana/loki chart&apos;s distributed deployment) with object storage; Grafana&apos;s sizing for under 3 TB a day starts at 6 ingesters (2 vCPU, 4 GiB each), 4 distributors, 4 index gateways, 10 queriers, 2 query frontends, 2 schedulers and a compactor, about 38 vCPU and 59 GiB of requests.</source>
        <translation>Loki를 오브젝트 스토리지와 함께 마이크로서비스 모드(grafana/loki 차트의 분산 배포)로 배포하세요. 하루 3 TB 미만에 대한 Grafana의 산정은 인제스터 6개(각 2 vCPU, 4 GiB), 디스트리뷰터 4개, 인덱스 게이트웨이 4개, 쿼리어 10개, 쿼리 프런트엔드 2개, 스케줄러 2개, 컴팩터 1개로 시작하며, 요청 합계는 약 38 vCPU와 59 GiB입니다.</translation>
    </message>
    <message>
        <source>{log_rate} is about {daily_volume} of logs a day, more than 3 TB a day, where even Grafana&apos;s smallest distributed Loki ends; one pod in monolithic mode cannot serve it.</source>
        <translation>{log_rate}는 하루 약 {daily_volume}의 로그로, Grafana의 가장 작은 분산 Loki 구성도 끝나는 하루 3 TB를 넘습니다. 모놀리식 모드의 파드 하나로는 감당할 수 없습니다.</translation>
    </message>
    <message>
        <source>Deploy Loki in microservices mode with object storage, sized from Grafana&apos;s 3-30 TB a day tier (about 90 ingesters at 2 vCPU and 6 GiB) or its 30 TB a day tier (about 150 ingesters at 4 vCPU and 8 GiB); see grafana.com/docs/loki/latest/setup/size.</source>
        <translation>Loki를 오브젝트 스토리지와 함께 마이크로서비스 모드로 배포하고, Grafana의 하루 3-30 TB 등급(2 vCPU, 6 GiB 인제스터 약 90개)이나 하루 30 TB 등급(4 vCPU, 8 GiB 인제스터 약 150개)에 맞춰 산정하세요. grafana.com/docs/loki/latest/setup/size를 참고하세요.</translation>
    </message>
    <message>
        <source>What stays resident once the engine is warm, which the memory request must cover: The WiredTiger cache, which fills to its size as the working set is read, and the connections&apos; thread memory.</source>
        <translation>엔진이 예열된 뒤 계속 상주하는 메모리로, 메모리 요청이 이를 감당해야 합니다: 작업 집합을 읽는 동안 크기만큼 채워지는 WiredTiger 캐시와 연결들의 스레드 메모리입니다.</translation>
    </message>
    <message>
        <source>What stays resident once the engine is warm, which the memory request must cover: The buffer pool with the about 10% InnoDB allocates beside it for control structures (MySQL reference manual, innodb_buffer_pool_size), and the log buffer.</source>
        <translation>엔진이 예열된 뒤 계속 상주하는 메모리로, 메모리 요청이 이를 감당해야 합니다: 버퍼 풀과 InnoDB가 그 옆에 제어 구조용으로 할당하는 약 10%(MySQL 레퍼런스 매뉴얼, innodb_buffer_pool_size), 그리고 로그 버퍼입니다.</translation>
    </message>
    <message>
        <source>Background flushing&apos;s steady rate, half the IOPS the storage class gives the planned volume, so foreground reads and writes keep the other half; MySQL advises keeping it as low as flushing allows, and at least 100.</source>
        <translation>백그라운드 플러시의 평상시 속도로, 스토리지 클래스가 계획된 볼륨에 주는 IOPS의 절반입니다. 나머지 절반은 포그라운드 읽기와 쓰기 몫입니다. MySQL은 플러시가 밀리지 않는 한 낮게, 최소 100으로 두라고 권합니다.</translation>
    </message>
    <message>
        <source>The most background flushing may use when it falls behind: the IOPS the storage class gives the planned volume, never below twice innodb_io_capacity (MySQL&apos;s own default ratio).</source>
        <translation>백그라운드 플러시가 밀렸을 때 쓸 수 있는 최대치로, 스토리지 클래스가 계획된 볼륨에 주는 IOPS이며 innodb_io_capacity의 두 배(MySQL 자체 기본 비율)보다 낮지 않습니다.</translation>
    </message>
    <message>
        <source>What stays resident once the engine is warm, which the memory request must cover: The OPcache shared memory and one request at its PHP memory_limit.</source>
        <translation>엔진이 예열된 뒤 계속 상주하는 메모리로, 메모리 요청이 이를 감당해야 합니다: OPcache 공유 메모리와 PHP memory_limit까지 쓰는 요청 하나입니다.</translation>
    </message>
    <message>
        <source>What stays resident once the engine is warm, which the memory request must cover: shared_buffers, which PostgreSQL touches page by page until all of it is resident, and the backends&apos; private memory.</source>
        <translation>엔진이 예열된 뒤 계속 상주하는 메모리로, 메모리 요청이 이를 감당해야 합니다: PostgreSQL이 페이지 단위로 건드려 결국 전부 상주하게 되는 shared_buffers와 백엔드들의 전용 메모리입니다.</translation>
    </message>
    <message>
        <source>Thanos sidecar</source>
        <translation>Thanos 사이드카</translation>
    </message>
    <message>
        <source>1 when a Thanos sidecar uploads the blocks to object storage; only then are the block durations fixed at 2h, which turns local compaction off.</source>
        <translation>Thanos 사이드카가 블록을 오브젝트 스토리지로 올릴 때 1입니다. 이때만 블록 기간을 2h로 고정하며, 그러면 로컬 컴팩션이 꺼집니다.</translation>
    </message>
    <message>
        <source>Concurrent queries</source>
        <translation>동시 쿼리</translation>
    </message>
    <message>
        <source>Two queries per vCPU, since a query is CPU-bound once its data is loaded, and never more than Prometheus&apos;s default 20.</source>
        <translation>vCPU당 쿼리 2개입니다. 데이터를 읽어 들인 쿼리는 CPU에 묶이기 때문이며, Prometheus 기본값 20을 넘지 않습니다.</translation>
    </message>
    <message>
        <source>Samples per query</source>
        <translation>쿼리당 샘플</translation>
    </message>
    <message>
        <source>The samples one query may load so that every concurrent query fits the query headroom at 16 bytes a sample (a timestamp and a value), and never more than Prometheus&apos;s default 50 million.</source>
        <translation>샘플당 16바이트(타임스탬프와 값)로 계산해 모든 동시 쿼리가 쿼리 여유 메모리에 들어가도록 한 쿼리가 읽을 수 있는 샘플 수이며, Prometheus 기본값 5천만을 넘지 않습니다.</translation>
    </message>
    <message>
        <source>What stays resident once the engine is warm, which the memory request must cover: The head block of every active series, held in memory for two to three hours.</source>
        <translation>엔진이 예열된 뒤 계속 상주하는 메모리로, 메모리 요청이 이를 감당해야 합니다: 모든 활성 시계열의 헤드 블록으로, 두세 시간 동안 메모리에 머뭅니다.</translation>
    </message>
    <message>
        <source>Only beside a Thanos sidecar: 2h blocks, Prometheus&apos;s default; the head block is cut every two hours.</source>
        <translation>Thanos 사이드카가 있을 때만: Prometheus 기본값인 2h 블록이며, 헤드 블록은 두 시간마다 잘립니다.</translation>
    </message>
    <message>
        <source>Only beside a Thanos sidecar: keeping blocks at 2h stops local compaction, so the sidecar uploads every block before Prometheus could merge it; with local retention alone, compaction must stay on.</source>
        <translation>Thanos 사이드카가 있을 때만: 블록을 2h로 묶어 두면 로컬 컴팩션이 멈추므로, Prometheus가 병합하기 전에 사이드카가 모든 블록을 올립니다. 로컬 보존만 쓴다면 컴팩션은 켜져 있어야 합니다.</translation>
    </message>
    <message>
        <source>What stays resident once the engine is warm, which the memory request must cover: The memory high watermark, which RabbitMQ reaches before it blocks publishers.</source>
        <translation>엔진이 예열된 뒤 계속 상주하는 메모리로, 메모리 요청이 이를 감당해야 합니다: RabbitMQ가 발행자를 막기 전까지 도달하는 메모리 상한 워터마크입니다.</translation>
    </message>
    <message>
        <source>Persistence</source>
        <translation>영속성</translation>
    </message>
    <message>
        <source>0 for a cache: snapshots off (save &quot;&quot;), so no fork ever copies the dataset; 1 keeps the chart&apos;s RDB snapshots, and maxmemory then leaves room for the fork&apos;s copy-on-write.</source>
        <translation>캐시라면 0: 스냅샷을 끄므로(save &quot;&quot;) 포크가 데이터셋을 복사할 일이 없습니다. 1이면 차트의 RDB 스냅샷을 유지하고, maxmemory는 포크의 copy-on-write를 위한 여유를 남깁니다.</translation>
    </message>
    <message>
        <source>Copy-on-write share</source>
        <translation>Copy-on-write 비율</translation>
    </message>
    <message>
        <source>Share of the dataset written while a snapshot&apos;s fork runs, each page then copied once; redis.io&apos;s worst case is all of it, up to twice the memory.</source>
        <translation>스냅샷 포크가 도는 동안 쓰기가 일어나는 데이터셋의 비율로, 그런 페이지는 한 번씩 복사됩니다. redis.io가 말하는 최악의 경우는 전부이며, 메모리가 최대 두 배까지 듭니다.</translation>
    </message>
    <message>
        <source>repl-backlog-size</source>
        <translation>repl-backlog-size</translation>
    </message>
    <message>
        <source>Writes the primary keeps for a replica that reconnects, so a short disconnect needs a partial resync instead of a full copy; 1/64 of the limit, far above Redis&apos;s 1 MB default.</source>
        <translation>다시 연결하는 레플리카를 위해 프라이머리가 보관하는 쓰기로, 짧은 끊김 뒤에는 전체 복사 대신 부분 재동기화로 충분합니다. 한도의 1/64로, Redis 기본값 1 MB보다 훨씬 큽니다.</translation>
    </message>
    <message>
        <source>Output buffer per replica</source>
        <translation>레플리카당 출력 버퍼</translation>
    </message>
    <message>
        <source>The hard client-output-buffer-limit of a replica, which holds the writes made while a full resync transfers the snapshot; 1/32 of the limit, Redis&apos;s default 256mb at 8 GiB.</source>
        <translation>레플리카의 client-output-buffer-limit 하드 한도로, 전체 재동기화가 스냅샷을 보내는 동안 생긴 쓰기를 담습니다. 한도의 1/32이며, 8 GiB에서 Redis 기본값 256mb와 같습니다.</translation>
    </message>
    <message>
        <source>Replication buffers</source>
        <translation>복제 버퍼</translation>
    </message>
    <message>
        <source>The backlog and one full output buffer per replica, which the primary holds outside maxmemory.</source>
        <translation>백로그와 레플리카마다 가득 찬 출력 버퍼 하나로, 프라이머리가 maxmemory 밖에 둡니다.</translation>
    </message>
    <message>
        <source>What Redis lets its data take before evicting (maxmemory-policy allkeys-lru, the guide&apos;s choice); 75% of the limit for fragmentation and clients, less the replication buffers, and with persistence divided so a snapshot&apos;s fork can copy the written share beside it.</source>
        <translation>Redis가 축출을 시작하기 전까지 데이터에 허용하는 양입니다(가이드가 고른 maxmemory-policy allkeys-lru). 단편화와 클라이언트 몫을 뺀 한도의 75%에서 복제 버퍼를 빼고, 영속성이 켜져 있으면 스냅샷 포크가 쓰기가 일어난 몫을 옆에 복사할 수 있도록 나눕니다.</translation>
    </message>
    <message>
        <source>Snapshot fork copy-on-write</source>
        <translation>스냅샷 포크 copy-on-write</translation>
    </message>
    <message>
        <source>The pages a BGSAVE or AOF rewrite fork copies while the parent keeps writing; redis.io warns that this can reach the dataset again.</source>
        <translation>부모 프로세스가 계속 쓰는 동안 BGSAVE나 AOF 재작성 포크가 복사하는 페이지입니다. redis.io는 이것이 데이터셋 크기만큼 다시 커질 수 있다고 경고합니다.</translation>
    </message>
    <message>
        <source>The smallest limit, in whole GiB, whose maxmemory holds the dataset with its overhead, beside the fork&apos;s copy and the replication buffers.</source>
        <translation>포크의 복사본과 복제 버퍼를 두고도 maxmemory가 오버헤드를 포함한 데이터셋을 담을 수 있는 가장 작은 한도(GiB 단위)입니다.</translation>
    </message>
    <message>
        <source>With persistence, three times a full maxmemory, enough for a snapshot plus the copy BGSAVE writes beside it, or an AOF grown to twice its base plus the new base a rewrite writes; without it, 1 GiB, since nothing is written.</source>
        <translation>영속성이 켜져 있으면 가득 찬 maxmemory의 세 배로, 스냅샷과 BGSAVE가 옆에 쓰는 사본, 또는 두 배로 자란 AOF와 재작성이 쓰는 새 기반을 담기에 충분합니다. 꺼져 있으면 아무것도 쓰지 않으므로 1 GiB입니다.</translation>
    </message>
    <message>
        <source>What stays resident once the engine is warm, which the memory request must cover: maxmemory, which a cache fills before it evicts, with room for a snapshot&apos;s copy-on-write and the replication buffers.</source>
        <translation>엔진이 예열된 뒤 계속 상주하는 메모리로, 메모리 요청이 이를 감당해야 합니다: 캐시가 축출 전까지 채우는 maxmemory와, 스냅샷 copy-on-write 및 복제 버퍼를 위한 여유입니다.</translation>
    </message>
    <message>
        <source>Fragmentation, clients and OS</source>
        <translation>단편화, 클라이언트, OS</translation>
    </message>
    <message>
        <source>Snapshots off for a cache: no fork, so maxmemory needs no room for a copy of the dataset (redis.io persistence docs).</source>
        <translation>캐시이므로 스냅샷을 끕니다: 포크가 없으니 maxmemory가 데이터셋 사본을 위한 여유를 남길 필요가 없습니다(redis.io 영속성 문서).</translation>
    </message>
    <message>
        <source>The replication buffers of {replicas} pods take {replication_buffers}, leaving maxmemory only {maxmemory} of the {memory} limit.</source>
        <translation>파드 {replicas}개의 복제 버퍼가 {replication_buffers}를 차지해, {memory} 한도 가운데 maxmemory에는 {maxmemory}만 남습니다.</translation>
    </message>
    <message>
        <source>Raise the memory limit, or run fewer replicas.</source>
        <translation>메모리 한도를 올리거나 레플리카 수를 줄이세요.</translation>
    </message>
    <message>
        <source>High disk watermark</source>
        <translation>높은 디스크 워터마크</translation>
    </message>
    <message>
        <source>Disk use above which Elasticsearch moves shards away from the node, 5 points above the low watermark as Elastic&apos;s defaults are (85%, 90%).</source>
        <translation>Elasticsearch가 노드에서 샤드를 옮기기 시작하는 디스크 사용률로, Elastic 기본값(85%, 90%)처럼 낮은 워터마크보다 5포인트 높습니다.</translation>
    </message>
    <message>
        <source>Flood-stage disk watermark</source>
        <translation>플러드 단계 디스크 워터마크</translation>
    </message>
    <message>
        <source>Disk use at which Elasticsearch makes every index with a shard on the node read-only, 10 points above the low watermark as Elastic&apos;s defaults are (85%, 95%).</source>
        <translation>노드에 샤드가 있는 모든 인덱스를 Elasticsearch가 읽기 전용으로 만드는 디스크 사용률로, Elastic 기본값(85%, 95%)처럼 낮은 워터마크보다 10포인트 높습니다.</translation>
    </message>
    <message>
        <source>Shards at 50 GB or less</source>
        <translation>50 GB 이하 샤드 수</translation>
    </message>
    <message>
        <source>The fewest shards that hold this node&apos;s indices at Elastic&apos;s upper shard size of 50 GB; shards below 10 GB waste heap on per-shard overhead, so do not go far above this count.</source>
        <translation>Elastic이 권하는 샤드 크기 상한 50 GB로 이 노드의 인덱스를 담는 최소 샤드 수입니다. 10 GB보다 작은 샤드는 샤드마다 드는 오버헤드로 힙을 낭비하므로 이 수보다 크게 늘리지 마세요.</translation>
    </message>
    <message>
        <source>Partitions of an auto-created topic: at least one per broker, so every broker leads a share of a topic&apos;s writes, and at least 3; Kafka&apos;s default 1 puts a topic on one broker. Headroom&apos;s own rule: raise it to the consumers a group runs in parallel.</source>
        <translation>자동 생성되는 토픽의 파티션 수입니다. 모든 브로커가 토픽 쓰기의 일부를 이끌도록 브로커마다 최소 하나, 그리고 최소 3개입니다. Kafka 기본값 1은 토픽을 브로커 하나에 몰아 둡니다. Headroom 자체 규칙이며, 컨슈머 그룹이 병렬로 돌리는 컨슈머 수까지 올리세요.</translation>
    </message>
    <message>
        <source>Oplog size</source>
        <translation>Oplog 크기</translation>
    </message>
    <message>
        <source>MongoDB&apos;s default oplog, 5% of the free disk (the volume less the dataset) between 990 MB and 50 GB; its window is this size divided by the write rate.</source>
        <translation>MongoDB 기본 oplog로, 여유 디스크(볼륨에서 데이터셋을 뺀 값)의 5%이며 990 MB에서 50 GB 사이입니다. oplog 창은 이 크기를 쓰기 속도로 나눈 시간입니다.</translation>
    </message>
    <message>
        <source>Requests at memory_limit</source>
        <translation>memory_limit 기준 동시 요청</translation>
    </message>
    <message>
        <source>How many PHP requests can each take the whole memory_limit beside OPcache inside the limit; Nextcloud sizes PHP workers as the RAM for PHP divided by a worker&apos;s memory.</source>
        <translation>OPcache를 두고도 한도 안에서 memory_limit를 모두 쓸 수 있는 PHP 요청 수입니다. Nextcloud는 PHP 워커 수를 PHP용 RAM을 워커 하나의 메모리로 나눠 정합니다.</translation>
    </message>
    <message>
        <source>The free space below which RabbitMQ blocks publishers, in bytes; the backlog volume is sized to keep it free.</source>
        <translation>여유 공간이 이 값(바이트) 아래로 내려가면 RabbitMQ가 게시자를 막습니다. 백로그 볼륨은 이만큼을 비워 두도록 잡습니다.</translation>
    </message>
    <message>
        <source>Write rate per broker</source>
        <translation>브로커당 쓰기 속도</translation>
    </message>
    <message>
        <source>The peak produce rate each broker writes to its volume: every message once per replica, spread over the brokers.</source>
        <translation>각 브로커가 자기 볼륨에 쓰는 최대 생산 속도입니다. 메시지마다 복제본 수만큼 쓰이고, 이를 브로커들이 나눠 맡습니다.</translation>
    </message>
    <message>
        <source>Writes per broker</source>
        <translation>브로커당 쓰기량</translation>
    </message>
    <message>
        <source>What each broker writes at peak, its share of the produce throughput times the replication factor, since every copy of a partition is written by its own broker.</source>
        <translation>피크 시 브로커 하나가 쓰는 양. 파티션의 복제본마다 자기 브로커가 따로 쓰므로, 프로듀스 처리량 중 이 브로커의 몫에 복제 계수를 곱한 값입니다.</translation>
    </message>
    <message>
        <source>How many seconds of a broker&apos;s incoming writes fit in the page cache; consumers lagging further behind read from disk.</source>
        <translation>브로커로 들어오는 쓰기 중 몇 초 분량이 페이지 캐시에 들어가는지를 나타냅니다. 이보다 더 뒤처진 컨슈머는 디스크에서 읽습니다.</translation>
    </message>
    <message>
        <source>Page cache the traffic needs</source>
        <translation>트래픽에 필요한 페이지 캐시</translation>
    </message>
    <message>
        <source>Thirty seconds of a broker&apos;s writes, the least the page-cache check accepts, so consumers that keep up never read from disk.</source>
        <translation>브로커 쓰기 30초 분량으로, 페이지 캐시 점검이 허용하는 최소치입니다. 그래야 따라오는 컨슈머가 디스크에서 읽지 않습니다.</translation>
    </message>
    <message>
        <source>The brokers&apos; peak I/O, the tier&apos;s matrix value unless set, and at least one operation per 64 KiB each broker writes, so it follows the throughput and the replication factor.</source>
        <translation>브로커의 피크 I/O. 직접 지정하지 않으면 티어의 매트릭스 값을 쓰되, 브로커가 쓰는 64 KiB마다 최소 한 번의 작업으로 잡으므로 처리량과 복제 계수를 따라 늘어납니다.</translation>
    </message>
    <message>
        <source>The {page_cache} page cache holds only {page_cache_window} of the {broker_writes} each broker writes, so consumers that fall slightly behind read from disk.</source>
        <translation>페이지 캐시 {page_cache}에는 브로커마다 쓰는 {broker_writes} 중 {page_cache_window} 분량만 담기므로, 조금만 뒤처진 컨슈머도 디스크에서 읽습니다.</translation>
    </message>
    <message>
        <source>Fork copy the dataset needs</source>
        <translation>데이터셋에 필요한 포크 복사본</translation>
    </message>
    <message>
        <source>The copy-on-write a snapshot&apos;s fork makes of the dataset as it is, whatever maxmemory lets it keep.</source>
        <translation>스냅샷 포크가 데이터셋 전체에 대해 만드는 copy-on-write 복사본으로, maxmemory가 얼마를 허용하든 데이터셋 크기 그대로입니다.</translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s own buffer cache, as the profile sets it; the OS page cache holds what is left.</source>
        <translation>프로파일이 정한 PostgreSQL 자체 버퍼 캐시. 나머지는 OS 페이지 캐시가 씁니다.</translation>
    </message>
    <message>
        <source>A planner hint, not an allocation; shared_buffers plus the page cache the OS is expected to keep, as the profile sets it.</source>
        <translation>할당이 아니라 플래너 힌트입니다. 프로파일이 정한 값으로, shared_buffers에 OS가 유지할 것으로 보는 페이지 캐시를 더한 크기입니다.</translation>
    </message>
    <message>
        <source>Memory for VACUUM, CREATE INDEX and ALTER TABLE in one session, as the profile sets it.</source>
        <translation>한 세션의 VACUUM, CREATE INDEX, ALTER TABLE이 쓰는 메모리로, 프로파일이 정한 값입니다.</translation>
    </message>
    <message>
        <source>autovacuum_max_workers x autovacuum_work_mem</source>
        <translation>autovacuum_max_workers x autovacuum_work_mem</translation>
    </message>
    <message>
        <source>Every autovacuum worker at once, each with autovacuum_work_mem (maintenance_work_mem when it is -1).</source>
        <translation>모든 autovacuum 워커가 동시에 돌 때의 메모리. 워커마다 autovacuum_work_mem(-1이면 maintenance_work_mem)을 씁니다.</translation>
    </message>
    <message>
        <source>Per sort or hash operation, as the profile sets it.</source>
        <translation>정렬 또는 해시 작업 하나당 메모리로, 프로파일이 정한 값입니다.</translation>
    </message>
    <message>
        <source>Sized from the container&apos;s memory limit less the backends&apos; own memory (errata 5 and 7), so that the worst case (every backend, work_mem on every connection, maintenance_work_mem and every autovacuum worker at once) fits the limit; the primary gets WAL and checkpoint settings, replicas hot-standby settings.</source>
        <translation>컨테이너 메모리 제한에서 백엔드 자체 메모리를 뺀 값으로 사이징해(정오표 5, 7), 최악의 경우(모든 백엔드, 모든 커넥션의 work_mem, maintenance_work_mem, 모든 autovacuum 워커가 동시에 쓰는 경우)에도 제한 안에 들어갑니다. 프라이머리에는 WAL과 체크포인트 설정을, 레플리카에는 핫 스탠바이 설정을 줍니다.</translation>
    </message>
    <message>
        <source>The server-side connections the plan allows.</source>
        <translation>플랜이 허용하는 서버 측 커넥션 수입니다.</translation>
    </message>
    <message>
        <source>M/4 (4GB gives 1024MB, 6GB gives 1536MB in the case study).</source>
        <translation>M/4 (케이스 스터디에서 4GB는 1024MB, 6GB는 1536MB).</translation>
    </message>
    <message>
        <source>(M - shared_buffers) x 0.78125 (2400MB at 4GB, 3600MB at 6GB in the case study).</source>
        <translation>(M - shared_buffers) x 0.78125 (케이스 스터디에서 4GB는 2400MB, 6GB는 3600MB).</translation>
    </message>
    <message>
        <source>M/64 (64MB at 4GB, 96MB at 6GB in the case study); it ignores max_connections.</source>
        <translation>M/64 (케이스 스터디에서 4GB는 64MB, 6GB는 96MB). max_connections는 고려하지 않습니다.</translation>
    </message>
    <message>
        <source>M/16 (256MB at 4GB, 384MB at 6GB in the case study).</source>
        <translation>M/16 (케이스 스터디에서 4GB는 256MB, 6GB는 384MB).</translation>
    </message>
    <message>
        <source>25% of total memory, the guide&apos;s rule.</source>
        <translation>전체 메모리의 25%, 가이드의 규칙입니다.</translation>
    </message>
    <message>
        <source>75% of memory, as in the guide&apos;s Large example (12GB of 16GB).</source>
        <translation>가이드의 Large 예시처럼 메모리의 75%입니다(16GB 중 12GB).</translation>
    </message>
    <message>
        <source>An eighth of memory, as in the guide&apos;s Large example (2GB of 16GB).</source>
        <translation>가이드의 Large 예시처럼 메모리의 8분의 1입니다(16GB 중 2GB).</translation>
    </message>
    <message>
        <source>(memory - shared_buffers) / (max_connections x 3), the guide&apos;s formula.</source>
        <translation>(memory - shared_buffers) / (max_connections x 3), 가이드의 공식입니다.</translation>
    </message>
    <message>
        <source>The server-side connections the plan allows (behind PgBouncer, the pool and its reserve).</source>
        <translation>플랜이 허용하는 서버 측 커넥션 수입니다(PgBouncer 뒤에서는 풀과 예비분).</translation>
    </message>
    <message>
        <source>A quarter of the limit left after the backends&apos; own memory.</source>
        <translation>백엔드 자체 메모리를 뺀 나머지 제한의 4분의 1입니다.</translation>
    </message>
    <message>
        <source>What shared_buffers and the page cache can hold inside the container, not the host, at the worst case of every other use of memory.</source>
        <translation>다른 모든 메모리 사용이 최악일 때 호스트가 아닌 컨테이너 안에서 shared_buffers와 페이지 캐시가 담을 수 있는 양입니다.</translation>
    </message>
    <message>
        <source>A sixteenth of the available memory, at most 2 GiB.</source>
        <translation>사용 가능한 메모리의 16분의 1, 최대 2 GiB입니다.</translation>
    </message>
    <message>
        <source>Half of the rest, shared by two operations per connection.</source>
        <translation>나머지의 절반을 커넥션당 두 개의 연산이 나눠 씁니다.</translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s default, written so the memory breakdown counts every worker.</source>
        <translation>PostgreSQL의 기본값으로, 메모리 구성이 모든 워커를 세도록 명시합니다.</translation>
    </message>
    <message>
        <source>Each autovacuum worker&apos;s memory: all of them together stay within a twentieth of the available memory, so the worst case fits the limit.</source>
        <translation>autovacuum 워커 하나의 메모리입니다. 모든 워커를 합쳐도 사용 가능한 메모리의 20분의 1 안에 머물러 최악의 경우에도 제한 안에 들어갑니다.</translation>
    </message>
    <message>
        <source>Try: the node pool offers huge pages and the pod requests hugepages-2Mi for shared_buffers, so the mapping is backed.</source>
        <translation>Try: 노드 풀이 huge page를 제공하고 파드가 shared_buffers용으로 hugepages-2Mi를 요청하므로 매핑이 보장됩니다.</translation>
    </message>
    <message>
        <source>Off: a pod without a hugepages resource can be killed by SIGBUS when PostgreSQL maps huge pages it sees on the node (kubernetes/kubernetes#71233).</source>
        <translation>Off: hugepages 리소스가 없는 파드는 PostgreSQL이 노드에서 보이는 huge page를 매핑할 때 SIGBUS로 종료될 수 있습니다(kubernetes/kubernetes#71233).</translation>
    </message>
    <message>
        <source>Random reads cost as much as sequential ones on SSDs, four times more on spinning disks.</source>
        <translation>SSD에서는 랜덤 읽기가 순차 읽기와 비용이 같고, 회전식 디스크에서는 네 배입니다.</translation>
    </message>
    <message>
        <source>How many reads an SSD serves in parallel (2 for spinning disks).</source>
        <translation>SSD가 병렬로 처리하는 읽기 수입니다(회전식 디스크는 2).</translation>
    </message>
    <message>
        <source>Same on every role, since a standby refuses to start with fewer than its primary.</source>
        <translation>모든 역할에서 같은 값입니다. 스탠바이는 프라이머리보다 값이 작으면 시작을 거부하기 때문입니다.</translation>
    </message>
    <message>
        <source>Enough WAL for streaming replicas and base backups.</source>
        <translation>스트리밍 레플리카와 베이스 백업에 충분한 WAL입니다.</translation>
    </message>
    <message>
        <source>One slot per replica, so the primary keeps the WAL a lagging replica still needs.</source>
        <translation>레플리카마다 슬롯 하나를 두어, 뒤처진 레플리카가 아직 필요로 하는 WAL을 프라이머리가 보관합니다.</translation>
    </message>
    <message>
        <source>Compress full-page images with lz4 (PostgreSQL 15 and later); less WAL to write and to stream.</source>
        <translation>전체 페이지 이미지를 lz4로 압축합니다(PostgreSQL 15 이상). 쓰고 전송할 WAL이 줄어듭니다.</translation>
    </message>
    <message>
        <source>Compress full-page images (pglz before PostgreSQL 15); less WAL to write and to stream.</source>
        <translation>전체 페이지 이미지를 압축합니다(PostgreSQL 15 이전은 pglz). 쓰고 전송할 WAL이 줄어듭니다.</translation>
    </message>
    <message>
        <source>Fewer checkpoints, so fewer full-page writes, with recovery still in minutes.</source>
        <translation>체크포인트가 줄어 전체 페이지 쓰기도 줄고, 복구는 여전히 몇 분 안에 끝납니다.</translation>
    </message>
    <message>
        <source>Spread checkpoint writes over most of the interval.</source>
        <translation>체크포인트 쓰기를 간격의 대부분에 걸쳐 분산합니다.</translation>
    </message>
    <message>
        <source>5% of the volume, between 1 GiB and 16 GiB, so checkpoints follow time, not WAL volume.</source>
        <translation>볼륨의 5%, 1 GiB에서 16 GiB 사이로, 체크포인트가 WAL 양이 아니라 시간을 따르게 합니다.</translation>
    </message>
    <message>
        <source>Keep a quarter of max_wal_size recycled instead of recreated.</source>
        <translation>max_wal_size의 4분의 1을 새로 만들지 않고 재활용하도록 남겨 둡니다.</translation>
    </message>
    <message>
        <source>Serve reads while replaying WAL.</source>
        <translation>WAL을 재생하는 동안 읽기를 처리합니다.</translation>
    </message>
    <message>
        <source>Tell the primary which rows reads still need, so vacuum does not cancel them.</source>
        <translation>읽기가 아직 필요로 하는 행을 프라이머리에 알려, vacuum이 그 읽기를 취소하지 않게 합니다.</translation>
    </message>
    <message>
        <source>A read may hold replay back for 30 s before it is cancelled.</source>
        <translation>읽기는 취소되기 전까지 재생을 30초 동안 붙잡아 둘 수 있습니다.</translation>
    </message>
    <message>
        <source>Report replay progress every 10 s, so lag is measurable on the primary.</source>
        <translation>10초마다 재생 진행 상황을 보고하여 프라이머리에서 지연을 측정할 수 있게 합니다.</translation>
    </message>
</context>
<context>
    <name>CatalogCommand</name>
    <message>
        <source>list services, tiers and storage classes</source>
        <translation>서비스, 티어, 스토리지 클래스 나열</translation>
    </message>
    <message>
        <source>List what the catalog knows.</source>
        <translation>카탈로그에 정의된 항목을 나열합니다.</translation>
    </message>
    <message>
        <source>services (default), tiers or storage-classes; services ID shows one service.</source>
        <translation>services(기본값), tiers, storage-classes 중 하나. services ID로 서비스 하나를 자세히 봅니다.</translation>
    </message>
    <message>
        <source>unknown service &apos;%1&apos;; the services are: %2.</source>
        <translation>알 수 없는 서비스 &apos;%1&apos;입니다. 사용할 수 있는 서비스: %2.</translation>
    </message>
    <message>
        <source>too many arguments; try headroom catalog services ID.</source>
        <translation>인자가 너무 많습니다. headroom catalog services ID 형식으로 실행하세요.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of services, tiers, storage-classes.</source>
        <translation>&apos;%1&apos;은(는) services, tiers, storage-classes 중 하나가 아닙니다.</translation>
    </message>
    <message>
        <source>%1 (%2), chart %3, storage class %4</source>
        <translation>%1 (%2), 차트 %3, 스토리지 클래스 %4</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>티어</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>입력</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>단위</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>수식</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>식</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>서비스</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>그룹</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>차트</translation>
    </message>
    <message>
        <source>Storage class</source>
        <translation>스토리지 클래스</translation>
    </message>
    <message>
        <source>Workload tiers (the rows of every sizing matrix):</source>
        <translation>워크로드 티어(모든 사이징 매트릭스의 행):</translation>
    </message>
    <message>
        <source>Performance tier</source>
        <translation>성능 티어</translation>
    </message>
    <message>
        <source>p99 latency below</source>
        <translation>p99 지연 시간 상한</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>최소 처리량</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>용도</translation>
    </message>
    <message>
        <source>IOPS</source>
        <translation>IOPS</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>처리량</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>지연 시간</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>비용</translation>
    </message>
</context>
<context>
    <name>CatalogLoader</name>
    <message>
        <source>this build reads apiVersion %1, not &apos;%2&apos;.</source>
        <translation>이 빌드는 apiVersion %1을(를) 읽습니다. &apos;%2&apos;은(는) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos;; a catalog file holds CatalogBase, StorageClasses, Service or PostgresProfile.</source>
        <translation>알 수 없는 kind &apos;%1&apos;입니다. 카탈로그 파일에는 CatalogBase, StorageClasses, Service, PostgresProfile 중 하나가 들어갑니다.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid id: use lower-case letters, digits and &apos;-&apos;, starting with a letter.</source>
        <translation>&apos;%1&apos;은(는) 올바른 ID가 아닙니다. 영문 소문자로 시작하고 소문자, 숫자, &apos;-&apos;만 쓰세요.</translation>
    </message>
    <message>
        <source>the key &apos;storageClasses&apos; is required here.</source>
        <translation>여기에는 &apos;storageClasses&apos; 키가 있어야 합니다.</translation>
    </message>
    <message>
        <source>unknown dimension &apos;%1&apos;; use cpu, memory, iops, throughput, rate, duration, percent, count or number.</source>
        <translation>알 수 없는 차원 &apos;%1&apos;입니다. cpu, memory, iops, throughput, rate, duration, percent, count, number 중 하나를 쓰세요.</translation>
    </message>
    <message>
        <source>a request is a share of the limit above 0% and at most 100%.</source>
        <translation>요청(request)은 제한(limit)에 대한 비율로, 0%보다 크고 100% 이하여야 합니다.</translation>
    </message>
    <message>
        <source>unknown engine &apos;%1&apos;; the only built-in engine is pgtune.</source>
        <translation>알 수 없는 엔진 &apos;%1&apos;입니다. 내장 엔진은 pgtune뿐입니다.</translation>
    </message>
    <message>
        <source>a profile setting has either an expression or a value.</source>
        <translation>프로필 설정에는 expression과 value 중 하나만 있어야 합니다.</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; use one of %2.</source>
        <translation>알 수 없는 형식 &apos;%1&apos;입니다. %2 중 하나를 쓰세요.</translation>
    </message>
    <message>
        <source>the key &apos;matrix&apos; is required: every service has the guide&apos;s sizing matrix.</source>
        <translation>&apos;matrix&apos; 키가 있어야 합니다. 모든 서비스에는 가이드의 사이징 매트릭스가 있습니다.</translation>
    </message>
    <message>
        <source>the key &apos;columns&apos; is required here.</source>
        <translation>여기에는 &apos;columns&apos; 키가 있어야 합니다.</translation>
    </message>
    <message>
        <source>the key &apos;rows&apos; is required here.</source>
        <translation>여기에는 &apos;rows&apos; 키가 있어야 합니다.</translation>
    </message>
    <message>
        <source>the row has no value for the column &apos;%1&apos;.</source>
        <translation>이 행에 &apos;%1&apos; 열의 값이 없습니다.</translation>
    </message>
    <message>
        <source>every input needs a default.</source>
        <translation>모든 입력에는 기본값이 있어야 합니다.</translation>
    </message>
    <message>
        <source>a default is a value, {column: ID} or a value per workload size.</source>
        <translation>기본값은 값 하나, {column: ID}, 또는 워크로드 크기별 값이어야 합니다.</translation>
    </message>
    <message>
        <source>a setting has a formula or a fixed value, not both.</source>
        <translation>설정에는 수식과 고정값 중 하나만 있어야 합니다.</translation>
    </message>
    <message>
        <source>unknown severity &apos;%1&apos;; use info, warning or error.</source>
        <translation>알 수 없는 심각도 &apos;%1&apos;입니다. info, warning, error 중 하나를 쓰세요.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more problem(s) in this file)</source>
        <translation>
            <numerusform>%1 (이 파일에 문제 %n건 더 있음)</numerusform>
        </translation>
    </message>
    <message>
        <source>the file is empty; a catalog file starts with apiVersion: headroom/v1 and a kind.</source>
        <translation>파일이 비어 있습니다. 카탈로그 파일은 apiVersion: headroom/v1과 kind로 시작합니다.</translation>
    </message>
    <message>
        <source>this is a binary file, not YAML text.</source>
        <translation>YAML 텍스트가 아니라 바이너리 파일입니다.</translation>
    </message>
    <message>
        <source>the catalog defines no workload sizes.</source>
        <translation>카탈로그에 워크로드 크기가 정의되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>the matrix needs a &apos;%1&apos; column of dimension %2: it holds the tier&apos;s limit.</source>
        <translation>매트릭스에 차원이 %2인 &apos;%1&apos; 열이 있어야 합니다. 이 열에 티어의 제한값이 들어갑니다.</translation>
    </message>
    <message>
        <source>the matrix has no row for the workload size &apos;%1&apos;.</source>
        <translation>매트릭스에 워크로드 크기 &apos;%1&apos;의 행이 없습니다.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a workload size; the sizes are %2.</source>
        <translation>&apos;%1&apos;은(는) 워크로드 크기가 아닙니다. 사용할 수 있는 크기: %2.</translation>
    </message>
    <message>
        <source>unknown storage class &apos;%1&apos;.</source>
        <translation>알 수 없는 스토리지 클래스 &apos;%1&apos;입니다.</translation>
    </message>
    <message>
        <source>unknown group &apos;%1&apos;.</source>
        <translation>알 수 없는 그룹 &apos;%1&apos;입니다.</translation>
    </message>
    <message>
        <source>the input name &apos;%1&apos; is taken by a built-in name.</source>
        <translation>입력 이름 &apos;%1&apos;은(는) 내장 이름으로 이미 쓰이고 있습니다.</translation>
    </message>
    <message>
        <source>the default column &apos;%1&apos; is not a %2 column of the matrix.</source>
        <translation>기본값 열 &apos;%1&apos;은(는) 매트릭스의 %2 열이 아닙니다.</translation>
    </message>
    <message>
        <source>the default has no value for the workload size &apos;%1&apos;.</source>
        <translation>기본값에 워크로드 크기 &apos;%1&apos;의 값이 없습니다.</translation>
    </message>
    <message>
        <source>max is below min.</source>
        <translation>max가 min보다 작습니다.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a memory formula of this service.</source>
        <translation>&apos;%1&apos;은(는) 이 서비스의 메모리 수식이 아닙니다.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a formula nor an input of this service.</source>
        <translation>&apos;%1&apos;은(는) 이 서비스의 수식도 입력도 아닙니다.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a %2 formula of this service.</source>
        <translation>&apos;%1&apos;은(는) 이 서비스의 %2 수식이 아닙니다.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a name of this service.</source>
        <translation>&apos;%1&apos;은(는) 이 서비스에 있는 이름이 아닙니다.</translation>
    </message>
    <message>
        <source>the built-in catalog file cannot be read.</source>
        <translation>내장 카탈로그 파일을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>cannot open the catalog file: %1.</source>
        <translation>카탈로그 파일을 열 수 없습니다: %1.</translation>
    </message>
    <message>
        <source>the catalog file is larger than 16 MiB; that is not a catalog.</source>
        <translation>카탈로그 파일이 16 MiB보다 큽니다. 카탈로그 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>a setting has a formula or an expression, not both.</source>
        <translation>설정에는 formula나 expression 중 하나만 둘 수 있습니다.</translation>
    </message>
    <message>
        <source>a setting&apos;s template holds {value}.</source>
        <translation>설정의 template에는 {value}가 들어가야 합니다.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a source of settings; the only one is postgresProfile.</source>
        <translation>&apos;%1&apos;은(는) 설정의 출처가 아닙니다. 쓸 수 있는 것은 postgresProfile뿐입니다.</translation>
    </message>
    <message>
        <source>holds the control character U+%1; a setting is written into the exported configuration as it is, so it must be plain text.</source>
        <translation>제어 문자 U+%1이(가) 들어 있습니다. 설정은 내보낸 구성 파일에 그대로 쓰이므로 일반 텍스트여야 합니다.</translation>
    </message>
    <message>
        <source>the PostgreSQL setting &apos;%1&apos; makes the server read other files; Headroom never exports it.</source>
        <translation>PostgreSQL 설정 &apos;%1&apos;은(는) 서버가 다른 파일을 읽게 합니다. Headroom은 이 설정을 내보내지 않습니다.</translation>
    </message>
    <message>
        <source>the PostgreSQL setting &apos;%1&apos; makes the server run a shell command; Headroom never exports it.</source>
        <translation>PostgreSQL 설정 &apos;%1&apos;은(는) 서버가 셸 명령을 실행하게 합니다. Headroom은 이 설정을 내보내지 않습니다.</translation>
    </message>
    <message>
        <source>the PostgreSQL setting &apos;%1&apos; makes the server load code; Headroom never exports it.</source>
        <translation>PostgreSQL 설정 &apos;%1&apos;은(는) 서버가 코드를 불러오게 합니다. Headroom은 이 설정을 내보내지 않습니다.</translation>
    </message>
</context>
<context>
    <name>ChartMapLoader</name>
    <message numerus="yes">
        <source>%1 (and %n more problem(s) in this file)</source>
        <translation>
            <numerusform>%1 (이 파일에 문제 %n건 더 있음)</numerusform>
        </translation>
    </message>
    <message>
        <source>this build reads apiVersion %1, not &apos;%2&apos;.</source>
        <translation>이 빌드는 apiVersion %1을(를) 읽습니다. &apos;%2&apos;은(는) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>a chart map file has kind ChartMap, not &apos;%1&apos;.</source>
        <translation>차트 맵 파일의 kind는 &apos;%1&apos;이(가) 아니라 ChartMap이어야 합니다.</translation>
    </message>
    <message>
        <source>the key &apos;values&apos; is required here.</source>
        <translation>여기에는 &apos;values&apos; 키가 있어야 합니다.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid id: use lower-case letters, digits and &apos;-&apos;, starting with a letter.</source>
        <translation>&apos;%1&apos;은(는) 올바른 ID가 아닙니다. 영문 소문자로 시작하고 소문자, 숫자, &apos;-&apos;만 쓰세요.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a key path: write the keys of values.yaml joined by dots (resources.limits.memory).</source>
        <translation>&apos;%1&apos;은(는) 키 경로가 아닙니다. values.yaml의 키를 점으로 이어 쓰세요(resources.limits.memory).</translation>
    </message>
    <message>
        <source>unknown type &apos;%1&apos;; use string, int, number, bool or auto.</source>
        <translation>알 수 없는 타입 &apos;%1&apos;입니다. string, int, number, bool, auto 중 하나를 쓰세요.</translation>
    </message>
    <message>
        <source>unknown type &apos;%1&apos;; use string, int, number or bool.</source>
        <translation>알 수 없는 타입 &apos;%1&apos;입니다. string, int, number, bool 중 하나를 쓰세요.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is written twice in this list; keep one entry.</source>
        <translation>이 목록에 &apos;%1&apos;이(가) 두 번 있습니다. 하나만 남기세요.</translation>
    </message>
    <message>
        <source>say where &apos;%1&apos; comes from: one of %2.</source>
        <translation>&apos;%1&apos; 값의 출처를 %2 중 하나로 지정하세요.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has %2; give exactly one of them.</source>
        <translation>&apos;%1&apos;에 %2이(가) 모두 있습니다. 하나만 지정하세요.</translation>
    </message>
    <message>
        <source>byPods needs both &apos;one&apos; (a single pod) and &apos;many&apos;.</source>
        <translation>byPods에는 &apos;one&apos;(파드 하나일 때)과 &apos;many&apos;가 모두 있어야 합니다.</translation>
    </message>
    <message>
        <source>a template without {placeholders} is a fixed value; write it as value.</source>
        <translation>{placeholder}가 없는 템플릿은 고정값입니다. value로 쓰세요.</translation>
    </message>
    <message>
        <source>type applies to from and setting only; it is ignored here.</source>
        <translation>type은 from과 setting에만 적용되므로 여기서는 무시됩니다.</translation>
    </message>
    <message>
        <source>unknown layout &apos;%1&apos;; use flat (one key per setting name) or nested (dotted names become nested keys).</source>
        <translation>알 수 없는 레이아웃 &apos;%1&apos;입니다. flat(설정 이름마다 키 하나) 또는 nested(점이 있는 이름은 중첩 키로)를 쓰세요.</translation>
    </message>
    <message>
        <source>a line needs {name} and {value}, as in &quot;{name} {value}&quot; or &quot;{name} = {value}&quot;.</source>
        <translation>한 줄에 {name}과 {value}가 있어야 합니다. 예: &quot;{name} {value}&quot; 또는 &quot;{name} = {value}&quot;.</translation>
    </message>
    <message>
        <source>name the settings written inside the text.</source>
        <translation>텍스트 안에 쓰는 설정의 이름을 지정하세요.</translation>
    </message>
    <message>
        <source>a pod limit is between 1 and 1000.</source>
        <translation>파드 수 제한은 1에서 1000 사이여야 합니다.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a secret and also a value the map writes; a secret is only ever written empty.</source>
        <translation>&apos;%1&apos;은(는) 시크릿인데 맵이 값을 쓰는 대상이기도 합니다. 시크릿은 항상 빈 값으로만 씁니다.</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>매핑</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>목록</translation>
    </message>
    <message>
        <source>a single value</source>
        <translation>단일 값</translation>
    </message>
    <message>
        <source>the map&apos;s default text for %1 is not the chart&apos;s own text in values.yaml; copy the chart&apos;s text so that Headroom keeps its lines.</source>
        <translation>맵에 있는 %1의 기본 텍스트가 차트 values.yaml의 텍스트와 다릅니다. Headroom이 차트의 줄을 유지하도록 차트의 텍스트를 그대로 복사하세요.</translation>
    </message>
    <message>
        <source>%1 is %2 in the chart&apos;s values.yaml, not a mapping the settings can go into.</source>
        <translation>차트의 values.yaml에서 %1은(는) %2(으)로, 설정을 넣을 수 있는 매핑이 아닙니다.</translation>
    </message>
    <message>
        <source>the %1 chart has no key %2: its values.yaml has no &apos;%3&apos; at the top, so Helm would ignore the value.</source>
        <translation>%1 차트에는 %2 키가 없습니다. values.yaml 최상위에 &apos;%3&apos;이(가) 없어 Helm이 이 값을 무시합니다.</translation>
    </message>
    <message>
        <source>the %1 chart has no key %2: its values.yaml has no &apos;%3&apos; under &apos;%4&apos;, so Helm would ignore the value.</source>
        <translation>%1 차트에는 %2 키가 없습니다. values.yaml의 &apos;%4&apos; 아래에 &apos;%3&apos;이(가) 없어 Helm이 이 값을 무시합니다.</translation>
    </message>
    <message>
        <source>%1 is %2 in the chart&apos;s values.yaml; the map writes a single value there.</source>
        <translation>차트의 values.yaml에서 %1은(는) %2인데, 맵은 그 자리에 단일 값을 씁니다.</translation>
    </message>
    <message>
        <source>%1 is %2 in the chart&apos;s values.yaml; the map writes a list there.</source>
        <translation>차트의 values.yaml에서 %1은(는) %2인데, 맵은 그 자리에 목록을 씁니다.</translation>
    </message>
    <message>
        <source>%1 is %2 in the chart&apos;s values.yaml; the map writes a mapping there.</source>
        <translation>차트의 values.yaml에서 %1은(는) %2인데, 맵은 그 자리에 매핑을 씁니다.</translation>
    </message>
    <message>
        <source>the file is empty; a chart map starts with apiVersion: headroom/v1 and kind: ChartMap.</source>
        <translation>파일이 비어 있습니다. 차트 맵은 apiVersion: headroom/v1과 kind: ChartMap으로 시작합니다.</translation>
    </message>
    <message>
        <source>this is a binary file, not YAML text.</source>
        <translation>YAML 텍스트가 아니라 바이너리 파일입니다.</translation>
    </message>
    <message>
        <source>a chart map file holds exactly one document, found %1.</source>
        <translation>차트 맵 파일에는 문서가 정확히 하나 있어야 하는데 %1개가 있습니다.</translation>
    </message>
    <message>
        <source>cannot open the chart map: %1.</source>
        <translation>차트 맵을 열 수 없습니다: %1.</translation>
    </message>
    <message>
        <source>the file is larger than 4 MiB; that is not a chart map.</source>
        <translation>파일이 4 MiB보다 큽니다. 차트 맵이 아닙니다.</translation>
    </message>
    <message>
        <source>the %1 chart&apos;s values.yaml is not a mapping of keys.</source>
        <translation>%1 차트의 values.yaml이 키 매핑이 아닙니다.</translation>
    </message>
    <message>
        <source>the catalog has no service &apos;%1&apos;.</source>
        <translation>카탈로그에 &apos;%1&apos; 서비스가 없습니다.</translation>
    </message>
    <message>
        <source>the catalog deploys %1 with the %2 chart, not %3.</source>
        <translation>카탈로그는 %1을(를) %3이(가) 아니라 %2 차트로 배포합니다.</translation>
    </message>
    <message>
        <source>the %1 service has no setting &apos;%2&apos;.</source>
        <translation>%1 서비스에는 &apos;%2&apos; 설정이 없습니다.</translation>
    </message>
    <message>
        <source>the %1 setting &apos;%2&apos; has no place in the chart map: write it to a key, or list it under unsupported with the reason.</source>
        <translation>%1 설정 &apos;%2&apos;이(가) 차트 맵 어디에도 없습니다. 키에 매핑하거나, 이유와 함께 unsupported 아래에 적으세요.</translation>
    </message>
    <message>
        <source>unknown sizing value &apos;%1&apos;; use pods, replicaPods, cpuRequest, cpuLimit, memoryRequest, memoryLimit, volume, storageClass or hugePages2Mi.</source>
        <translation>알 수 없는 사이징 값 &apos;%1&apos;입니다. pods, replicaPods, cpuRequest, cpuLimit, memoryRequest, memoryLimit, volume, storageClass, hugePages2Mi 중 하나를 쓰세요.</translation>
    </message>
    <message>
        <source>%1 is %2 in the chart&apos;s values.yaml, not a mapping whose keys are free.</source>
        <translation>%1은(는) 차트의 values.yaml에서 %2이며, 키를 자유롭게 둘 수 있는 매핑이 아닙니다.</translation>
    </message>
    <message>
        <source>the %1 service has no setting &apos;%2&apos; (nor is it a sizing value: pods, replicaPods, cpuRequest, cpuLimit, memoryRequest, memoryLimit, volume, storageClass, hugePages2Mi).</source>
        <translation>%1 서비스에는 &apos;%2&apos; 설정이 없습니다(사이징 값 pods, replicaPods, cpuRequest, cpuLimit, memoryRequest, memoryLimit, volume, storageClass, hugePages2Mi도 아닙니다).</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>validate a plan and list its findings</source>
        <translation>플랜 검증 및 진단 결과 나열</translation>
    </message>
    <message>
        <source>Validate a plan and list its findings. Exit 0: no errors; 1: findings of error severity; 2: the file is invalid.</source>
        <translation>플랜을 검증하고 진단 결과를 나열합니다. 종료 코드 0: 오류 없음, 1: 오류 수준의 진단 결과 있음, 2: 파일이 올바르지 않음.</translation>
    </message>
    <message>
        <source>The plan file.</source>
        <translation>플랜 파일.</translation>
    </message>
    <message>
        <source>Apply every finding&apos;s recommendation and write the plan to --out.</source>
        <translation>모든 진단 결과의 권장 사항을 적용하고 플랜을 --out에 씁니다.</translation>
    </message>
    <message>
        <source>Where --apply writes the changed plan (may be the plan itself).</source>
        <translation>--apply가 변경된 플랜을 쓸 위치(원본 플랜 파일이어도 됨).</translation>
    </message>
    <message>
        <source>Output format: text or json (default text).</source>
        <translation>출력 형식: text 또는 json(기본값 text).</translation>
    </message>
    <message>
        <source>give exactly one plan file.</source>
        <translation>플랜 파일을 하나만 지정하세요.</translation>
    </message>
    <message>
        <source>--apply needs --out FILE for the changed plan.</source>
        <translation>--apply를 쓰려면 변경된 플랜을 저장할 --out FILE이 필요합니다.</translation>
    </message>
    <message>
        <source>applied to %1: %2</source>
        <translation>%1에 적용함: %2</translation>
    </message>
    <message>
        <source>no finding carries a recommendation; the plan is unchanged.</source>
        <translation>권장 사항이 있는 진단 결과가 없어 플랜을 변경하지 않았습니다.</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>%1 작성함</translation>
    </message>
</context>
<context>
    <name>ClusterFit</name>
    <message>
        <source>%1 CPU</source>
        <translation>CPU %1</translation>
    </message>
    <message>
        <source>1 node</source>
        <translation>노드 1개</translation>
    </message>
    <message>
        <source>%1 nodes</source>
        <translation>노드 %1개</translation>
    </message>
    <message>
        <source>%1 memory</source>
        <translation>메모리 %1</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>요청 없음</translation>
    </message>
    <message>
        <source>pool %1</source>
        <translation>풀 %1</translation>
    </message>
    <message>
        <source>pools %1 and %2</source>
        <translation>풀 %1, %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>needs %1 memory but the largest node (pool %2) has %3</source>
        <translation>메모리 %1이(가) 필요하지만 가장 큰 노드(풀 %2)의 메모리는 %3입니다</translation>
    </message>
    <message>
        <source>needs %1 but the largest node (pool %2) has %3</source>
        <translation>%1이(가) 필요하지만 가장 큰 노드(풀 %2)는 %3입니다</translation>
    </message>
    <message>
        <source>%1 allows no pods (maxPods %2)</source>
        <translation>%1은(는) 파드를 둘 수 없습니다(maxPods %2)</translation>
    </message>
    <message>
        <source>%1 allow no pods (maxPods %2)</source>
        <translation>%1은(는) 파드를 둘 수 없습니다(maxPods %2)</translation>
    </message>
    <message>
        <source>pool %1: %2, %3</source>
        <translation>풀 %1: %2, %3</translation>
    </message>
    <message>
        <source>needs %1 but no node has both (%2)</source>
        <translation>%1이(가) 필요하지만 둘 다 갖춘 노드가 없습니다(%2)</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>there are no node pools</source>
        <translation>노드 풀이 없습니다</translation>
    </message>
    <message>
        <source>pool %1 has no nodes</source>
        <translation>풀 %1에 노드가 없습니다</translation>
    </message>
    <message>
        <source>no node pool has any nodes</source>
        <translation>노드가 있는 노드 풀이 없습니다</translation>
    </message>
    <message>
        <source>pool %1 is full at its maximum of %2: no node has %3 free</source>
        <translation>풀 %1이(가) 최대치인 %2까지 찼습니다. %3의 여유가 있는 노드가 없습니다</translation>
    </message>
    <message>
        <source>the pools are full: no node has %1 free</source>
        <translation>풀이 모두 찼습니다. %1의 여유가 있는 노드가 없습니다</translation>
    </message>
    <message>
        <source>every node of pool %1 with %2 free already runs its maximum of %3 pods</source>
        <translation>%2의 여유가 있는 풀 %1의 노드는 모두 이미 최대치인 파드 %3개를 실행 중입니다</translation>
    </message>
    <message>
        <source>every node with %1 free already runs the most pods its pool allows (maxPods)</source>
        <translation>%1의 여유가 있는 노드는 모두 이미 풀이 허용하는 최대 수의 파드를 실행 중입니다(maxPods)</translation>
    </message>
    <message>
        <source>every node of pool %1 already runs a replica of %2 (anti-affinity) and the pool is at its maximum of %3</source>
        <translation>풀 %1의 모든 노드가 이미 %2의 복제본을 실행 중이고(안티어피니티) 풀은 최대치인 %3입니다</translation>
    </message>
    <message>
        <source>every node of pool %1 with room for it already runs a replica of %2 (anti-affinity) and the pool is at its maximum of %3</source>
        <translation>풀 %1에서 자리가 있는 노드는 모두 이미 %2의 복제본을 실행 중이고(안티어피니티) 풀은 최대치인 %3입니다</translation>
    </message>
    <message>
        <source>every node with room for it in %1 already runs a replica of %2 (anti-affinity) and the pools are at their maximum</source>
        <translation>%1에서 자리가 있는 노드는 모두 이미 %2의 복제본을 실행 중이고(안티어피니티) 풀은 최대치입니다</translation>
    </message>
    <message>
        <source>unknown node pool &apos;%1&apos;</source>
        <translation>알 수 없는 노드 풀 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 of huge pages (hugepages-2Mi)</source>
        <translation>huge page %1(hugepages-2Mi)</translation>
    </message>
    <message>
        <source>%1, %2 and %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>needs %1 but no node of %2 offers huge pages</source>
        <translation>%1이(가) 필요하지만 %2에는 huge page를 제공하는 노드가 없습니다</translation>
    </message>
    <message>
        <source>needs %1 but the most a node offers (pool %2) is %3</source>
        <translation>%1이(가) 필요하지만 노드가 제공하는 최대치(풀 %2)는 %3입니다</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>no huge pages</source>
        <translation>huge page 없음</translation>
    </message>
    <message>
        <source>needs %1 but no node has all of them (%2)</source>
        <translation>%1이(가) 필요하지만 모두 갖춘 노드가 없습니다(%2)</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>warning: %1</source>
        <translation>경고: %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>No display found (DISPLAY and WAYLAND_DISPLAY are not set), so Headroom prints the sizing of its sample plan instead of opening its window.</source>
        <translation>디스플레이를 찾을 수 없습니다(DISPLAY와 WAYLAND_DISPLAY가 설정되지 않음). 창을 여는 대신 샘플 플랜의 사이징 결과를 출력합니다.</translation>
    </message>
    <message>
        <source>No display found (DISPLAY and WAYLAND_DISPLAY are not set), so Headroom prints the report of %1 instead of opening its window.</source>
        <translation>디스플레이를 찾을 수 없습니다(DISPLAY와 WAYLAND_DISPLAY가 설정되지 않음). 창을 여는 대신 %1의 보고서를 출력합니다.</translation>
    </message>
    <message>
        <source>not a command; see headroom --help.</source>
        <translation>명령이 아닙니다. headroom --help를 참고하세요.</translation>
    </message>
</context>
<context>
    <name>DiffCommand</name>
    <message>
        <source>what changes between two plans</source>
        <translation>두 플랜 사이의 변경 사항</translation>
    </message>
    <message>
        <source>The plan before.</source>
        <translation>변경 전 플랜.</translation>
    </message>
    <message>
        <source>The plan after.</source>
        <translation>변경 후 플랜.</translation>
    </message>
    <message>
        <source>give two plan files: OLD NEW.</source>
        <translation>플랜 파일 두 개를 지정하세요: OLD NEW.</translation>
    </message>
    <message>
        <source>What changes in resources, settings, storage, nodes and cost between two plans; a changed measurement is listed apart and is no difference of the plans. Exit 0: no differences; 1: differences; 2: bad input.</source>
        <translation>두 계획 사이에 리소스, 설정, 스토리지, 노드, 비용이 어떻게 달라지는지 보여 줍니다. 측정값의 변화는 따로 나열하며 계획의 차이로 보지 않습니다. 종료 코드 0: 차이 없음, 1: 차이 있음, 2: 잘못된 입력.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Write a plan&apos;s Helm values, postgresql.conf per role, pgbouncer.ini and my.cnf into a folder. Files edited since Headroom wrote them are left alone unless --force.</source>
        <translation>플랜의 Helm values, 역할별 postgresql.conf, pgbouncer.ini, my.cnf를 폴더에 씁니다. Headroom이 쓴 뒤 수정된 파일은 --force 없이는 건드리지 않습니다.</translation>
    </message>
    <message>
        <source>The plan file.</source>
        <translation>플랜 파일.</translation>
    </message>
    <message>
        <source>The output folder (created if missing).</source>
        <translation>출력 폴더(없으면 생성).</translation>
    </message>
    <message>
        <source>Only these services, comma-separated.</source>
        <translation>이 서비스만 내보내기(쉼표로 구분).</translation>
    </message>
    <message>
        <source>conf (default) or alter-system.</source>
        <translation>conf(기본값) 또는 alter-system.</translation>
    </message>
    <message>
        <source>Target PostgreSQL major version (default 16, the chart&apos;s).</source>
        <translation>대상 PostgreSQL 메이저 버전(기본값은 차트와 같은 16).</translation>
    </message>
    <message>
        <source>Replace files even if they were edited since Headroom wrote them.</source>
        <translation>Headroom이 쓴 뒤 수정된 파일도 덮어씁니다.</translation>
    </message>
    <message>
        <source>Read FILE on top of the built-in catalog.</source>
        <translation>내장 카탈로그에 더해 FILE을 읽습니다.</translation>
    </message>
    <message>
        <source>give exactly one plan file.</source>
        <translation>플랜 파일을 하나만 지정하세요.</translation>
    </message>
    <message>
        <source>--out DIR is required.</source>
        <translation>--out DIR을 지정해야 합니다.</translation>
    </message>
    <message>
        <source>--format: &apos;%1&apos; is not one of conf, alter-system.</source>
        <translation>--format: &apos;%1&apos;은(는) conf, alter-system 중 하나가 아닙니다.</translation>
    </message>
    <message>
        <source>--pg-version: &apos;%1&apos; is not a PostgreSQL major version from 10 to 18.</source>
        <translation>--pg-version: &apos;%1&apos;은(는) 10에서 18 사이의 PostgreSQL 메이저 버전이 아닙니다.</translation>
    </message>
    <message>
        <source>%1 cannot be sized: %2</source>
        <translation>%1을(를) 사이징할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>%1 작성함</translation>
    </message>
    <message>
        <source>unchanged %1</source>
        <translation>%1 변경 없음</translation>
    </message>
    <message>
        <source>headroom export: %1 was edited since Headroom wrote it; left alone (use --force to replace it).</source>
        <translation>headroom export: %1은(는) Headroom이 쓴 뒤 수정되어 그대로 두었습니다(덮어쓰려면 --force 사용).</translation>
    </message>
    <message>
        <source>write Helm values, postgresql.conf, pgbouncer.ini and my.cnf</source>
        <translation>Helm values, postgresql.conf, pgbouncer.ini, my.cnf 쓰기</translation>
    </message>
    <message>
        <source>Remove files an earlier export wrote that the plan no longer writes, unless they were edited since.</source>
        <translation>이전 내보내기가 쓴 파일 중 플랜이 더 이상 쓰지 않는 파일을 지웁니다. 그 뒤에 편집된 파일은 지우지 않습니다.</translation>
    </message>
    <message>
        <source>removed %1 (the plan no longer writes it)</source>
        <translation>%1 삭제함 (플랜이 더 이상 쓰지 않는 파일)</translation>
    </message>
    <message>
        <source>headroom export: %1 is from an earlier export and the plan no longer writes it; left in place (use --prune to remove it).</source>
        <translation>headroom export: %1은(는) 이전 내보내기에서 쓴 파일이며 플랜이 더 이상 쓰지 않습니다. 그대로 두었습니다(지우려면 --prune).</translation>
    </message>
    <message>
        <source>Write the files even though the plan has findings of error severity (exit 1 otherwise).</source>
        <translation>계획에 오류 수준의 발견 사항이 있어도 파일을 씁니다(없으면 종료 코드 1).</translation>
    </message>
    <message numerus="yes">
        <source>headroom export: %n finding(s) of error severity; nothing written (--allow-findings writes anyway):</source>
        <translation>
            <numerusform>headroom export: 오류 수준의 발견 사항이 %n개 있어 아무것도 쓰지 않았습니다(--allow-findings를 주면 그래도 씁니다):</numerusform>
        </translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>클러스터</translation>
    </message>
</context>
<context>
    <name>ExportFolder</name>
    <message>
        <source>cannot write: %1.</source>
        <translation>쓸 수 없습니다: %1.</translation>
    </message>
    <message>
        <source>cannot create the output folder.</source>
        <translation>출력 폴더를 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a plain file name.</source>
        <translation>&apos;%1&apos;은(는) 단순한 파일 이름이 아닙니다.</translation>
    </message>
    <message>
        <source>cannot read the existing file: %1.</source>
        <translation>기존 파일을 읽을 수 없습니다: %1.</translation>
    </message>
    <message>
        <source>two files of this export have this name; nothing was written.</source>
        <translation>이번 내보내기의 파일 두 개가 이 이름을 씁니다. 아무것도 쓰지 않았습니다.</translation>
    </message>
    <message>
        <source>is a symbolic link; Headroom does not write through links, remove it or choose another folder.</source>
        <translation>심볼릭 링크입니다. Headroom은 링크를 따라 쓰지 않으니 링크를 지우거나 다른 폴더를 고르세요.</translation>
    </message>
    <message>
        <source>is not a regular file.</source>
        <translation>일반 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>cannot read: %1.</source>
        <translation>읽을 수 없습니다: %1.</translation>
    </message>
    <message>
        <source>cannot write: %1; nothing was replaced.</source>
        <translation>쓸 수 없습니다: %1. 아무 파일도 바꾸지 않았습니다.</translation>
    </message>
    <message>
        <source>cannot replace: %1.</source>
        <translation>바꿀 수 없습니다: %1.</translation>
    </message>
    <message>
        <source>another export is writing into this folder.</source>
        <translation>다른 내보내기가 이 폴더에 쓰고 있습니다.</translation>
    </message>
    <message>
        <source>cannot lock the output folder.</source>
        <translation>출력 폴더를 잠글 수 없습니다.</translation>
    </message>
    <message>
        <source>another export created this folder while this one wrote it; nothing was written.</source>
        <translation>이 내보내기가 쓰는 동안 다른 내보내기가 이 폴더를 만들었습니다. 아무것도 쓰지 않았습니다.</translation>
    </message>
    <message>
        <source>cannot create the output folder: %1.</source>
        <translation>출력 폴더를 만들 수 없습니다: %1.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>The engine to import from: postgres.</source>
        <translation>가져올 엔진: postgres.</translation>
    </message>
    <message>
        <source>The primary&apos;s libpq connection string: key=value, a URI or service=NAME.</source>
        <translation>프라이머리의 libpq 연결 문자열: key=value, URI 또는 service=NAME.</translation>
    </message>
    <message>
        <source>A replica&apos;s connection string (repeatable). Without it the standbys the primary lists in pg_stat_replication are tried at the primary&apos;s port.</source>
        <translation>레플리카의 연결 문자열(여러 번 사용 가능). 지정하지 않으면 프라이머리의 pg_stat_replication에 나오는 스탠바이에 프라이머리와 같은 포트로 접속을 시도합니다.</translation>
    </message>
    <message>
        <source>How long to sample the counters, e.g. 30s (default) or 2m.</source>
        <translation>카운터를 측정할 시간, 예: 30s(기본값) 또는 2m.</translation>
    </message>
    <message>
        <source>Write a new plan with what was measured.</source>
        <translation>측정한 내용으로 새 플랜을 씁니다.</translation>
    </message>
    <message>
        <source>Update the measured inputs of --service in this plan, keeping the rest.</source>
        <translation>이 플랜에서 --service의 측정 입력값만 갱신하고 나머지는 그대로 둡니다.</translation>
    </message>
    <message>
        <source>The PostgreSQL service: the one --update changes, or the name of the new plan&apos;s service (default postgres).</source>
        <translation>PostgreSQL 서비스: --update가 변경할 서비스, 또는 새 플랜의 서비스 이름(기본값 postgres).</translation>
    </message>
    <message>
        <source>Cache hit ratio below which a finding is raised (default 99%).</source>
        <translation>이 값보다 캐시 적중률이 낮으면 진단 결과를 냅니다(기본값 99%).</translation>
    </message>
    <message>
        <source>Replication lag over which a finding is raised (default 1s).</source>
        <translation>이 값보다 복제 지연이 크면 진단 결과를 냅니다(기본값 1s).</translation>
    </message>
    <message>
        <source>Never prompt for a password.</source>
        <translation>비밀번호를 묻지 않습니다.</translation>
    </message>
    <message>
        <source>Read FILE on top of the built-in catalog.</source>
        <translation>내장 카탈로그에 더해 FILE을 읽습니다.</translation>
    </message>
    <message>
        <source>give exactly one primary connection string, e.g. headroom import postgres &apos;host=db1 user=monitor dbname=postgres&apos;.</source>
        <translation>프라이머리 연결 문자열을 하나만 지정하세요. 예: headroom import postgres &apos;host=db1 user=monitor dbname=postgres&apos;.</translation>
    </message>
    <message>
        <source>--out and --update exclude each other.</source>
        <translation>--out과 --update는 함께 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>--update needs --service NAME, the PostgreSQL service to update.</source>
        <translation>--update를 쓰려면 갱신할 PostgreSQL 서비스를 --service NAME으로 지정해야 합니다.</translation>
    </message>
    <message>
        <source>--interval: &apos;%1&apos; is not a duration from 1s to 1h, e.g. 30s.</source>
        <translation>--interval: &apos;%1&apos;은(는) 1s에서 1h 사이의 시간이 아닙니다. 예: 30s.</translation>
    </message>
    <message>
        <source>--cache-hit-target: &apos;%1&apos; is not a percentage, e.g. 99%.</source>
        <translation>--cache-hit-target: &apos;%1&apos;은(는) 백분율이 아닙니다. 예: 99%.</translation>
    </message>
    <message>
        <source>--lag-target: &apos;%1&apos; is not a duration, e.g. 1s.</source>
        <translation>--lag-target: &apos;%1&apos;은(는) 시간 값이 아닙니다. 예: 1s.</translation>
    </message>
    <message>
        <source>%1 has no service &apos;%2&apos;.</source>
        <translation>%1에 &apos;%2&apos; 서비스가 없습니다.</translation>
    </message>
    <message>
        <source>Measuring %1 for %2 s…</source>
        <translation>%1을(를) %2초 동안 측정하는 중…</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>비밀번호: </translation>
    </message>
    <message>
        <source>Findings (%1):</source>
        <translation>진단 결과(%1):</translation>
    </message>
    <message>
        <source>    recommendation: %1</source>
        <translation>    권장 사항: %1</translation>
    </message>
    <message>
        <source>    fix: %1</source>
        <translation>    해결 방법: %1</translation>
    </message>
    <message>
        <source>Updated %1 in %2.</source>
        <translation>%2의 %1을(를) 갱신했습니다.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1을(를) 썼습니다.</translation>
    </message>
    <message>
        <source>measure a running PostgreSQL and write or update a plan</source>
        <translation>실행 중인 PostgreSQL을 측정해 플랜 작성 또는 갱신</translation>
    </message>
    <message>
        <source>Measure a running PostgreSQL primary and its replicas (settings, database sizes, connections, commit and tuple rates over an interval, cache hit ratio, replication lag) and write a plan or update a service&apos;s measured inputs. The role needs pg_monitor. Passwords come from the password file (~/.pgpass, PGPASSFILE), PGPASSWORD or a prompt and are never written anywhere. A password written in the connection string is visible to every user of this machine in ps for the whole sample: put it in the password file instead. Standbys found in pg_stat_replication get no password but the password file&apos;s.</source>
        <translation>실행 중인 PostgreSQL 프라이머리와 레플리카를 측정해(설정, 데이터베이스 크기, 커넥션, 일정 간격 동안의 커밋·튜플 처리율, 캐시 적중률, 복제 지연) 새 플랜을 쓰거나 서비스의 측정 입력값을 갱신합니다. 접속하는 롤에는 pg_monitor 권한이 필요합니다. 비밀번호는 비밀번호 파일(~/.pgpass, PGPASSFILE), PGPASSWORD 또는 프롬프트에서 받으며 어디에도 기록하지 않습니다. 연결 문자열에 적은 비밀번호는 측정하는 동안 내내 이 머신의 모든 사용자가 ps로 볼 수 있으니 비밀번호 파일에 넣으세요. pg_stat_replication에서 찾은 스탠바이에는 비밀번호 파일에 있는 비밀번호 말고는 어떤 비밀번호도 보내지 않습니다.</translation>
    </message>
    <message>
        <source>How long to wait for a server to connect or to answer a query, e.g. 10s (default).</source>
        <translation>서버 연결이나 쿼리 응답을 기다리는 시간. 예: 10s(기본값).</translation>
    </message>
    <message>
        <source>--timeout: &apos;%1&apos; is not a duration from 1s to 1h, e.g. 10s.</source>
        <translation>--timeout: &apos;%1&apos;은(는) 1s에서 1h 사이의 시간이 아닙니다. 예: 10s.</translation>
    </message>
    <message>
        <source>the sources are postgres and prometheus: headroom import postgres PRIMARY_CONNINFO, headroom import prometheus URL.</source>
        <translation>가져올 수 있는 소스는 postgres와 prometheus입니다: headroom import postgres PRIMARY_CONNINFO, headroom import prometheus URL.</translation>
    </message>
</context>
<context>
    <name>ImportPrometheusCommand</name>
    <message>
        <source>measure usage from Prometheus, Thanos or Mimir and write or update a plan</source>
        <translation>Prometheus, Thanos 또는 Mimir에서 사용량을 측정해 계획을 작성하거나 갱신</translation>
    </message>
    <message>
        <source>Find the Helm releases kube-state-metrics reports (kube_pod_labels with app.kubernetes.io/instance and app.kubernetes.io/name) and measure each over the window through a Prometheus-compatible HTTP API: CPU and memory p50/p95/p99/max per pod, CPU throttling, OOM kills, restarts, deployed requests and limits, volumes and their growth. The server computes every figure. Credentials are read from files only and are never printed or written. docs/IMPORT.md lists the queries.</source>
        <translation>kube-state-metrics가 보고하는 Helm 릴리스(app.kubernetes.io/instance와 app.kubernetes.io/name이 붙은 kube_pod_labels)를 찾아, Prometheus 호환 HTTP API로 기간 동안의 사용량을 릴리스마다 측정합니다: 파드별 CPU와 메모리 p50/p95/p99/max, CPU 스로틀링, OOM 종료, 재시작, 배포된 요청량과 제한, 볼륨과 그 증가량. 모든 수치는 서버가 계산합니다. 자격 증명은 파일에서만 읽으며 출력하거나 기록하지 않습니다. 쿼리 목록은 docs/IMPORT.md에 있습니다.</translation>
    </message>
    <message>
        <source>The source to import from: prometheus.</source>
        <translation>가져올 소스: prometheus.</translation>
    </message>
    <message>
        <source>The server&apos;s base URL, e.g. http://prometheus:9090 or https://mimir/prometheus.</source>
        <translation>서버의 기본 URL(예: http://prometheus:9090 또는 https://mimir/prometheus).</translation>
    </message>
    <message>
        <source>Label matchers over kube_pod_labels, e.g. {namespace=&quot;prod&quot;}.</source>
        <translation>kube_pod_labels에 적용할 레이블 선택자(예: {namespace=&quot;prod&quot;}).</translation>
    </message>
    <message>
        <source>How far back to measure, e.g. 14d (default) or 36h.</source>
        <translation>측정할 기간(예: 14d(기본값) 또는 36h).</translation>
    </message>
    <message>
        <source>The end of the window: an ISO 8601 time or Unix seconds (default now).</source>
        <translation>측정 기간의 끝: ISO 8601 시각 또는 Unix 초(기본값은 지금).</translation>
    </message>
    <message>
        <source>The resolution of the percentiles, e.g. 5m (default).</source>
        <translation>백분위수를 계산할 간격(예: 5m(기본값)).</translation>
    </message>
    <message>
        <source>Match the releases against this plan&apos;s services.</source>
        <translation>릴리스를 이 계획의 서비스와 대응시킵니다.</translation>
    </message>
    <message>
        <source>Write a new plan with a service per release.</source>
        <translation>릴리스마다 서비스 하나씩 담은 새 계획을 작성합니다.</translation>
    </message>
    <message>
        <source>Store the measurement of each matched service in this plan, keeping the rest.</source>
        <translation>이 계획에서 대응되는 서비스마다 측정값을 저장하고 나머지는 그대로 둡니다.</translation>
    </message>
    <message>
        <source>Send the bearer token this file holds.</source>
        <translation>이 파일에 든 베어러 토큰을 보냅니다.</translation>
    </message>
    <message>
        <source>Basic authentication user (with --password-file).</source>
        <translation>기본 인증 사용자(--password-file과 함께).</translation>
    </message>
    <message>
        <source>Basic authentication password, read from this file.</source>
        <translation>이 파일에서 읽는 기본 인증 비밀번호.</translation>
    </message>
    <message>
        <source>Trust the PEM certificates in this file for HTTPS.</source>
        <translation>HTTPS에서 이 파일의 PEM 인증서를 신뢰합니다.</translation>
    </message>
    <message>
        <source>How long to wait for one answer, e.g. 30s (default).</source>
        <translation>응답 하나를 기다릴 시간(예: 30s(기본값)).</translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>출력 형식: text(기본값) 또는 json.</translation>
    </message>
    <message>
        <source>Read FILE on top of the built-in catalog.</source>
        <translation>내장 카탈로그에 더해 FILE을 읽습니다.</translation>
    </message>
    <message>
        <source>give exactly one server URL, e.g. headroom import prometheus http://prometheus:9090.</source>
        <translation>서버 URL을 정확히 하나 지정하세요(예: headroom import prometheus http://prometheus:9090).</translation>
    </message>
    <message>
        <source>URL: &apos;%1&apos; is not an http or https URL.</source>
        <translation>URL: &apos;%1&apos;은(는) http 또는 https URL이 아닙니다.</translation>
    </message>
    <message>
        <source>URL: credentials in the URL are visible in the process list; use --user with --password-file, or --token-file.</source>
        <translation>URL: URL에 넣은 자격 증명은 프로세스 목록에 드러납니다. --user와 --password-file 또는 --token-file을 사용하세요.</translation>
    </message>
    <message>
        <source>--out and --update exclude each other.</source>
        <translation>--out과 --update는 함께 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>--window: &apos;%1&apos; is not a duration from 10m to 1y, e.g. 14d.</source>
        <translation>--window: &apos;%1&apos;은(는) 10m에서 1y 사이의 기간이 아닙니다(예: 14d).</translation>
    </message>
    <message>
        <source>--step: &apos;%1&apos; is not a duration from 1s to half the window, e.g. 5m.</source>
        <translation>--step: &apos;%1&apos;은(는) 1s에서 측정 기간의 절반 사이의 기간이 아닙니다(예: 5m).</translation>
    </message>
    <message>
        <source>--at: &apos;%1&apos; is not an ISO 8601 time or Unix seconds, e.g. 2026-05-01T12:00:00Z.</source>
        <translation>--at: &apos;%1&apos;은(는) ISO 8601 시각도 Unix 초도 아닙니다(예: 2026-05-01T12:00:00Z).</translation>
    </message>
    <message>
        <source>--timeout: &apos;%1&apos; is not a duration from 100ms to 1h, e.g. 30s.</source>
        <translation>--timeout: &apos;%1&apos;은(는) 100ms에서 1h 사이의 기간이 아닙니다(예: 30s).</translation>
    </message>
    <message>
        <source>--token-file and --user exclude each other.</source>
        <translation>--token-file과 --user는 함께 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>--user and --password-file go together.</source>
        <translation>--user와 --password-file은 함께 지정해야 합니다.</translation>
    </message>
    <message>
        <source>RELEASE</source>
        <translation>릴리스</translation>
    </message>
    <message>
        <source>NAMESPACE</source>
        <translation>네임스페이스</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>PODS</source>
        <translation>파드</translation>
    </message>
    <message>
        <source>CPU P95</source>
        <translation>CPU P95</translation>
    </message>
    <message>
        <source>CPU MAX</source>
        <translation>CPU 최대</translation>
    </message>
    <message>
        <source>MEM P95</source>
        <translation>메모리 P95</translation>
    </message>
    <message>
        <source>MEM MAX</source>
        <translation>메모리 최대</translation>
    </message>
    <message>
        <source>THROTTLED</source>
        <translation>스로틀링</translation>
    </message>
    <message>
        <source>OOM</source>
        <translation>OOM</translation>
    </message>
    <message>
        <source>RESTARTS</source>
        <translation>재시작</translation>
    </message>
    <message>
        <source>REQUESTS</source>
        <translation>요청량</translation>
    </message>
    <message>
        <source>LIMITS</source>
        <translation>제한</translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation>계획</translation>
    </message>
    <message>
        <source>%1: volume %2 %3 of %4, growing %5 a day, full in %6</source>
        <translation>%1: 볼륨 %2 %4 중 %3 사용, 하루 %5 증가, %6 후 가득 참</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n일</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>가득 차지 않음</translation>
    </message>
    <message>
        <source>no release matches a service of %1; nothing was written.</source>
        <translation>%1의 서비스와 대응되는 릴리스가 없어 아무것도 기록하지 않았습니다.</translation>
    </message>
    <message>
        <source>Updated the measurement of %1 in %2.</source>
        <translation>%2에서 %1의 측정값을 갱신했습니다.</translation>
    </message>
    <message>
        <source>warning: left out %1.</source>
        <translation>경고: %1은(는) 제외했습니다.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1을(를) 썼습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n release(s) measured; HTTP requests: %1.</source>
        <translation>
            <numerusform>릴리스 %n개를 측정함; HTTP 요청: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send this tenant ID as X-Scope-OrgID, as Mimir and Cortex require (several joined by |).</source>
        <translation>Mimir와 Cortex가 요구하는 대로 이 테넌트 ID를 X-Scope-OrgID로 보냅니다(여러 개는 |로 잇습니다).</translation>
    </message>
    <message>
        <source>%1: %2 commits a second at p95, %3 at most (postgres_exporter)</source>
        <translation>%1: 초당 커밋 p95 %2, 최대 %3 (postgres_exporter)</translation>
    </message>
    <message>
        <source>%1: %2 client connections at p95, %3 at most (postgres_exporter)</source>
        <translation>%1: 클라이언트 연결 p95 %2, 최대 %3 (postgres_exporter)</translation>
    </message>
    <message>
        <source>%1: Redis used %2 at p95, %3 at most, of maxmemory %4 (redis_exporter)</source>
        <translation>%1: Redis 사용 메모리 p95 %2, 최대 %3, maxmemory %4 (redis_exporter)</translation>
    </message>
    <message>
        <source>unset</source>
        <translation>설정 안 됨</translation>
    </message>
    <message>
        <source>%1: JVM heap used %2 at p95, %3 at most, of %4</source>
        <translation>%1: JVM 힙 사용량 p95 %2, 최대 %3, 전체 %4</translation>
    </message>
    <message>
        <source>an unknown maximum</source>
        <translation>알 수 없음</translation>
    </message>
</context>
<context>
    <name>MeasuredFindings</name>
    <message>
        <source>resources from the measurement: CPU request %1, CPU limit %2, memory request and limit %3</source>
        <translation>측정값에 따른 리소스: CPU 요청 %1, CPU 한도 %2, 메모리 요청 및 한도 %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 was killed for lack of memory %n time(s) in the %2 measured; its memory limit of %3 is below %4, the peak it reached plus 25%.</source>
        <translation>
            <numerusform>%1은(는) 측정한 %2 동안 메모리 부족으로 %n번 종료되었습니다. 메모리 한도 %3은(는) 도달한 최대치에 25%를 더한 %4보다 작습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has a memory limit of %2, less than 15% above its measured peak of %3: the next peak can end in an OOM kill.</source>
        <translation>%1의 메모리 한도 %2은(는) 측정된 최대치 %3보다 15%도 크지 않습니다. 다음 최대치에서 OOM으로 종료될 수 있습니다.</translation>
    </message>
    <message>
        <source>Raise the memory limit to at least %1.</source>
        <translation>메모리 한도를 %1 이상으로 올리십시오.</translation>
    </message>
    <message>
        <source>%1 requests %2 of memory but uses more than that 5% of the time (p95 %3): when the node runs short it is evicted first.</source>
        <translation>%1은(는) 메모리를 %2 요청하지만 5%의 시간 동안 그보다 많이 씁니다(p95 %3). 노드에 메모리가 모자라면 가장 먼저 축출됩니다.</translation>
    </message>
    <message>
        <source>Request at least the measured p95.</source>
        <translation>측정된 p95 이상을 요청하십시오.</translation>
    </message>
    <message>
        <source>%1 requests %2 of CPU but uses more than that 5% of the time (p95 %3): it competes for CPU it is not guaranteed.</source>
        <translation>%1은(는) CPU를 %2 요청하지만 5%의 시간 동안 그보다 많이 씁니다(p95 %3). 보장되지 않은 CPU를 두고 경쟁합니다.</translation>
    </message>
    <message>
        <source>%1 was throttled in %2 of its CPU periods, more than 5%, under a CPU limit of %3.</source>
        <translation>%1은(는) CPU 한도 %3 아래에서 CPU 주기의 %2 동안 스로틀링되었습니다(5% 초과).</translation>
    </message>
    <message>
        <source>Raise the CPU limit to at least %1, the measured peak plus 50%, or remove it.</source>
        <translation>CPU 한도를 측정된 최대치에 50%를 더한 %1 이상으로 올리거나 한도를 없애십시오.</translation>
    </message>
    <message numerus="yes">
        <source>%1 requests %2 of memory, more than twice its measured p99 of %3; Headroom&apos;s proposal frees %4 a pod, about %5 a month over %n pod(s).</source>
        <translation>
            <numerusform>%1은(는) 메모리를 %2 요청하여 측정된 p99 %3의 두 배를 넘습니다. Headroom의 제안은 파드당 %4을(를) 줄여 파드 %n개에서 한 달에 약 %5을(를) 아낍니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 requests %2 of CPU, more than twice its measured p99 of %3; Headroom&apos;s proposal frees %4 a pod, about %5 a month over %n pod(s).</source>
        <translation>
            <numerusform>%1은(는) CPU를 %2 요청하여 측정된 p99 %3의 두 배를 넘습니다. Headroom의 제안은 파드당 %4을(를) 줄여 파드 %n개에서 한 달에 약 %5을(를) 아낍니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 requests %2 of memory, more than twice its measured p99 of %3; Headroom&apos;s proposal frees %4 a pod.</source>
        <translation>%1은(는) 메모리를 %2 요청하여 측정된 p99 %3의 두 배를 넘습니다. Headroom의 제안은 파드당 %4을(를) 줄입니다.</translation>
    </message>
    <message>
        <source>%1 requests %2 of CPU, more than twice its measured p99 of %3; Headroom&apos;s proposal frees %4 a pod.</source>
        <translation>%1은(는) CPU를 %2 요청하여 측정된 p99 %3의 두 배를 넘습니다. Headroom의 제안은 파드당 %4을(를) 줄입니다.</translation>
    </message>
    <message>
        <source>Request what the service uses.</source>
        <translation>서비스가 실제로 쓰는 만큼 요청하십시오.</translation>
    </message>
    <message>
        <source>volume size %1, the measured use and growth over the horizon</source>
        <translation>볼륨 크기 %1(측정된 사용량과 계획 기간 동안의 증가분)</translation>
    </message>
    <message numerus="yes">
        <source>%1: volume %2 holds %3 of %4 and grows %5 a day; it is full in %n day(s), within the plan&apos;s horizon of %6.</source>
        <translation>
            <numerusform>%1: 볼륨 %2은(는) %4 중 %3을(를) 쓰고 있고 하루에 %5씩 늘어납니다. 계획 기간 %6 안인 %n일 뒤에 가득 찹니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan&apos;s volume of %1 holds the growth: resize the claim to it.</source>
        <translation>계획의 볼륨 %1은(는) 증가분을 담을 수 있습니다. 클레임 크기를 그만큼 늘리십시오.</translation>
    </message>
    <message>
        <source>Grow the volume to %1.</source>
        <translation>볼륨을 %1(으)로 늘리십시오.</translation>
    </message>
    <message>
        <source>Deploy the plan (headroom export), or change the plan to what runs.</source>
        <translation>계획을 배포하거나(headroom export) 실행 중인 값에 맞게 계획을 고치십시오.</translation>
    </message>
    <message>
        <source>%1 runs with a CPU request of %2; the plan has %3.</source>
        <translation>%1은(는) CPU 요청 %2(으)로 실행 중이지만 계획은 %3입니다.</translation>
    </message>
    <message>
        <source>%1 runs with a CPU limit of %2; the plan has %3.</source>
        <translation>%1은(는) CPU 한도 %2(으)로 실행 중이지만 계획은 %3입니다.</translation>
    </message>
    <message>
        <source>%1 runs with a memory request of %2; the plan has %3.</source>
        <translation>%1은(는) 메모리 요청 %2(으)로 실행 중이지만 계획은 %3입니다.</translation>
    </message>
    <message>
        <source>%1 runs with a memory limit of %2; the plan has %3.</source>
        <translation>%1은(는) 메모리 한도 %2(으)로 실행 중이지만 계획은 %3입니다.</translation>
    </message>
    <message>
        <source>%1: the configuration allows %2 of memory, above the limit of %3; the pod has used at most %4, so the limit has held so far, not by design.</source>
        <translation>%1: 설정상 메모리를 %2까지 쓸 수 있어 한도 %3을(를) 넘습니다. 파드는 지금까지 최대 %4만 썼으므로 한도가 지켜진 것은 설계 덕분이 아닙니다.</translation>
    </message>
    <message>
        <source>Lower the settings that grow with connections, or raise the memory limit to %1.</source>
        <translation>연결 수에 따라 커지는 설정을 낮추거나 메모리 한도를 %1(으)로 올리십시오.</translation>
    </message>
    <message>
        <source>%1: Redis has used at most %2 of its maxmemory of %3 (p95 %4): at maxmemory it evicts keys, or refuses writes under noeviction.</source>
        <translation>%1: Redis는 maxmemory %3 중 최대 %2를 사용했습니다(p95 %4). maxmemory에 이르면 키를 축출하고, noeviction 정책이면 쓰기를 거부합니다.</translation>
    </message>
    <message>
        <source>%1: Redis has used at most %2 of its maxmemory of %3 (p95 %4).</source>
        <translation>%1: Redis는 maxmemory %3 중 최대 %2를 사용했습니다(p95 %4).</translation>
    </message>
    <message>
        <source>Raise the memory limit so that maxmemory holds the dataset, or shrink the dataset.</source>
        <translation>maxmemory에 데이터셋이 들어가도록 메모리 한도를 올리거나 데이터셋을 줄이십시오.</translation>
    </message>
    <message>
        <source>%1: the JVM heap has used at most %2 of %3 (p95 %4): near -Xmx, garbage collection runs back to back and an OutOfMemoryError ends the process.</source>
        <translation>%1: JVM 힙은 %3 중 최대 %2를 사용했습니다(p95 %4). -Xmx에 가까우면 가비지 컬렉션이 쉬지 않고 이어지고 OutOfMemoryError로 프로세스가 끝납니다.</translation>
    </message>
    <message>
        <source>%1: the JVM heap has used at most %2 of %3 (p95 %4).</source>
        <translation>%1: JVM 힙은 %3 중 최대 %2를 사용했습니다(p95 %4).</translation>
    </message>
    <message>
        <source>Raise the memory limit, which gives the heap its share of it.</source>
        <translation>메모리 한도를 올리십시오. 힙은 그 한도에서 제 몫을 받습니다.</translation>
    </message>
</context>
<context>
    <name>MeasuredReport</name>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>측정 대상</translation>
    </message>
    <message>
        <source>CPU req/lim</source>
        <translation>CPU 요청/제한</translation>
    </message>
    <message>
        <source>CPU p99/max</source>
        <translation>CPU p99/최대</translation>
    </message>
    <message>
        <source>Memory req/lim</source>
        <translation>메모리 요청/제한</translation>
    </message>
    <message>
        <source>Memory p99/max</source>
        <translation>메모리 p99/최대</translation>
    </message>
    <message>
        <source>Worst case</source>
        <translation>설정상 최대</translation>
    </message>
    <message>
        <source>Usage only CPU</source>
        <translation>사용량 기준 CPU</translation>
    </message>
    <message>
        <source>Usage only memory</source>
        <translation>사용량 기준 메모리</translation>
    </message>
    <message>
        <source>Headroom CPU</source>
        <translation>Headroom CPU</translation>
    </message>
    <message>
        <source>Headroom memory</source>
        <translation>Headroom 메모리</translation>
    </message>
</context>
<context>
    <name>MeasurementReader</name>
    <message>
        <source>&apos;%1&apos; is not a metrics server URL without credentials (http://host:port).</source>
        <translation>&apos;%1&apos;은(는) 자격 증명이 없는 메트릭 서버 URL(http://host:port)이 아닙니다.</translation>
    </message>
    <message>
        <source>a measurement window is between 1m and 400d.</source>
        <translation>측정 기간은 1m에서 400d 사이여야 합니다.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a UTC time in ISO 8601 form, such as 2026-12-01T00:00:00Z.</source>
        <translation>&apos;%1&apos;은(는) ISO 8601 형식의 UTC 시각이 아닙니다. 예: 2026-12-01T00:00:00Z.</translation>
    </message>
    <message>
        <source>%1 must be between 0 and 1000000.</source>
        <translation>%1은(는) 0에서 1000000 사이여야 합니다.</translation>
    </message>
    <message>
        <source>a throttled share is at most 100%.</source>
        <translation>스로틀링 비율은 최대 100%입니다.</translation>
    </message>
    <message>
        <source>%1 (%2) is below %3 (%4); a measurement has p50 ≤ p95 ≤ p99 ≤ max.</source>
        <translation>%1(%2)이(가) %3(%4)보다 작습니다. 측정값은 p50 ≤ p95 ≤ p99 ≤ max여야 합니다.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Kubernetes claim name (lower-case letters, digits, &apos;-&apos; and &apos;.&apos;).</source>
        <translation>&apos;%1&apos;은(는) Kubernetes 클레임 이름이 아닙니다(영문 소문자, 숫자, &apos;-&apos;, &apos;.&apos;만 사용).</translation>
    </message>
    <message>
        <source>the volume uses %1, more than its capacity of %2.</source>
        <translation>볼륨이 %1을(를) 사용하여 용량 %2을(를) 넘습니다.</translation>
    </message>
    <message>
        <source>max (%1) is below p95 (%2); a measurement has p95 ≤ max.</source>
        <translation>max(%1)가 p95(%2)보다 작습니다. 측정값은 p95 ≤ max여야 합니다.</translation>
    </message>
    <message>
        <source>a measurement per role (primary, replica) is for a PostgreSQL service with a topology.</source>
        <translation>역할별 측정값(primary, replica)은 토폴로지가 있는 PostgreSQL 서비스에만 씁니다.</translation>
    </message>
</context>
<context>
    <name>OrphanedRecovery</name>
    <message>
        <source>the recovery file is too large to be a plan.</source>
        <translation>복구 파일이 너무 커서 플랜일 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>PgTuneBatch</name>
    <message>
        <source>unknown key &apos;%1&apos;; the keys are: %2.</source>
        <translation>알 수 없는 키 &apos;%1&apos;입니다. 사용할 수 있는 키: %2.</translation>
    </message>
    <message>
        <source>key &apos;%1&apos; appears twice; give each key once.</source>
        <translation>키 &apos;%1&apos;이(가) 두 번 나옵니다. 각 키는 한 번만 쓰세요.</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at character %2.</source>
        <translation>올바른 JSON이 아닙니다: %2번째 문자에서 %1.</translation>
    </message>
    <message>
        <source>not a JSON object; each line is one machine, e.g. {&quot;totalMemory&quot;: 8, &quot;totalMemoryUnit&quot;: &quot;GB&quot;}.</source>
        <translation>JSON 객체가 아닙니다. 한 줄이 머신 하나입니다. 예: {&quot;totalMemory&quot;: 8, &quot;totalMemoryUnit&quot;: &quot;GB&quot;}.</translation>
    </message>
    <message>
        <source>totalMemory: missing; give the machine&apos;s memory, e.g. &quot;totalMemory&quot;: 8 with &quot;totalMemoryUnit&quot;: &quot;GB&quot;.</source>
        <translation>totalMemory: 값이 없습니다. 머신의 메모리를 지정하세요. 예: &quot;totalMemory&quot;: 8과 &quot;totalMemoryUnit&quot;: &quot;GB&quot;.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>%1번째 줄: %2</translation>
    </message>
    <message>
        <source>--batch: cannot read &apos;%1&apos; after line %2: %3.</source>
        <translation>--batch: &apos;%1&apos;의 %2번째 줄 이후를 읽을 수 없습니다: %3.</translation>
    </message>
    <message>
        <source>longer than %1 bytes; each line is one machine&apos;s JSON object.</source>
        <translation>%1바이트보다 깁니다. 각 줄은 머신 하나의 JSON 객체입니다.</translation>
    </message>
</context>
<context>
    <name>PgTuneInputText</name>
    <message>
        <source>&apos;%1&apos; is not one of %2.</source>
        <translation>&apos;%1&apos;은(는) %2 중 하나가 아닙니다.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a PostgreSQL version from %2 to %3.</source>
        <translation>&apos;%1&apos;은(는) %2에서 %3 사이의 PostgreSQL 버전이 아닙니다.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number from %2 to %3.</source>
        <translation>&apos;%1&apos;은(는) %2에서 %3 사이의 정수가 아닙니다.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number above 0.</source>
        <translation>&apos;%1&apos;은(는) 0보다 큰 정수가 아닙니다.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not above 0; give the machine&apos;s memory, e.g. 8GB.</source>
        <translation>&apos;%1&apos;은(는) 0보다 크지 않습니다. 머신의 메모리를 지정하세요. 예: 8GB.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is more than 64TB, the most this command takes.</source>
        <translation>&apos;%1&apos;은(는) 이 명령이 받는 최댓값인 64TB를 넘습니다.</translation>
    </message>
</context>
<context>
    <name>PlanCommand</name>
    <message>
        <source>Read FILE on top of the built-in catalog (overrides and additions).</source>
        <translation>내장 카탈로그에 더해 FILE을 읽습니다(재정의 및 추가).</translation>
    </message>
    <message>
        <source>--format: &apos;%1&apos; is not one of %2.</source>
        <translation>--format: &apos;%1&apos;은(는) %2 중 하나가 아닙니다.</translation>
    </message>
    <message>
        <source>PostgreSQL profile for settings and memory: headroom (default), guide, pgtune, casestudy or a profile of your catalog; over the plan&apos;s postgresProfile.</source>
        <translation>설정과 메모리에 쓸 PostgreSQL 프로파일: headroom(기본값), guide, pgtune, casestudy 또는 카탈로그의 프로파일. 플랜의 postgresProfile보다 우선합니다.</translation>
    </message>
    <message>
        <source>--profile: unknown profile &apos;%1&apos;; the profiles are: %2.</source>
        <translation>--profile: 알 수 없는 프로파일 &apos;%1&apos;입니다. 사용할 수 있는 프로파일: %2.</translation>
    </message>
</context>
<context>
    <name>PlanDiff</name>
    <message>
        <source>pool %1</source>
        <translation>풀 %1</translation>
    </message>
    <message>
        <source>nodes used</source>
        <translation>사용 노드 수</translation>
    </message>
    <message>
        <source>nodes available</source>
        <translation>가용 노드 수</translation>
    </message>
</context>
<context>
    <name>PlanImporter</name>
    <message>
        <source>primary</source>
        <translation>프라이머리</translation>
    </message>
    <message>
        <source>replica</source>
        <translation>레플리카</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>%1에서 가져옴</translation>
    </message>
    <message>
        <source>Measured by headroom import on %1 over %2 s: PostgreSQL %3, primary %4, replicas: %5. Memory limits are estimated from shared_buffers and effective_cache_size; set the containers&apos; real limits.</source>
        <translation>%1에 headroom import로 %2초 동안 측정: PostgreSQL %3, 프라이머리 %4, 레플리카: %5. 메모리 제한은 shared_buffers와 effective_cache_size로 추정한 값이니 컨테이너의 실제 제한값으로 바꾸세요.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>the plan has no service &apos;%1&apos;; its services are: %2.</source>
        <translation>플랜에 &apos;%1&apos; 서비스가 없습니다. 플랜의 서비스: %2.</translation>
    </message>
    <message>
        <source>service &apos;%1&apos; is a %2 service, not postgresql.</source>
        <translation>&apos;%1&apos; 서비스는 postgresql이 아니라 %2 서비스입니다.</translation>
    </message>
    <message>
        <source>Put PgBouncer in transaction mode in front and size max_connections by role: primary %1, replica %2.</source>
        <translation>앞단에 PgBouncer를 트랜잭션 모드로 두고 역할별로 max_connections를 정하세요: 프라이머리 %1, 레플리카 %2.</translation>
    </message>
    <message>
        <source>Connections are imbalanced: the %1 serves %2 client connections and the %3 %4 (%5x), yet max_connections is %6 against %7.</source>
        <translation>커넥션이 불균형합니다. %1은(는) 클라이언트 커넥션 %2개, %3은(는) %4개를 처리하는데(%5배), max_connections는 %6 대 %7입니다.</translation>
    </message>
    <message>
        <source>The %1 served %2 of block reads from shared_buffers, below the %3 target: its working set does not fit (shared_buffers %4, dataset %5).</source>
        <translation>%1은(는) 블록 읽기의 %2를 shared_buffers에서 처리해 목표치 %3에 못 미칩니다. 워킹 셋이 메모리에 들어가지 않습니다(shared_buffers %4, 데이터셋 %5).</translation>
    </message>
    <message>
        <source>Give the %1 more memory and raise shared_buffers and effective_cache_size with it.</source>
        <translation>%1에 메모리를 더 주고 그만큼 shared_buffers와 effective_cache_size를 올리세요.</translation>
    </message>
    <message>
        <source>The replica %1 is %2 and %3 s behind the primary, over the target of %4 and %5 s: readers see stale data.</source>
        <translation>레플리카 %1이(가) 프라이머리보다 %2, %3초 뒤처져 목표치 %4, %5초를 넘었습니다. 읽기 요청이 오래된 데이터를 봅니다.</translation>
    </message>
    <message>
        <source>unknown bytes</source>
        <translation>알 수 없는 바이트 수</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>Check the replica&apos;s I/O and CPU while it serves reads, and give it the memory its read load needs so that replay keeps up.</source>
        <translation>읽기를 처리하는 동안 레플리카의 I/O와 CPU를 확인하고, 리플레이가 따라갈 수 있도록 읽기 부하에 필요한 메모리를 주세요.</translation>
    </message>
    <message>
        <source>%1: PostgreSQL %2, shared_buffers %3, effective_cache_size %4, work_mem %5, maintenance_work_mem %6, max_connections %7 (memory about %8)</source>
        <translation>%1: PostgreSQL %2, shared_buffers %3, effective_cache_size %4, work_mem %5, maintenance_work_mem %6, max_connections %7(메모리 약 %8)</translation>
    </message>
    <message>
        <source>  connections: %1 clients (%2)</source>
        <translation>  커넥션: 클라이언트 %1개(%2)</translation>
    </message>
    <message>
        <source>  over %1 s: %2 commits/s, %3 rollbacks/s, %4 tuples read/s, %5 tuples written/s, cache hit %6</source>
        <translation>  %1초 동안: 커밋 %2/s, 롤백 %3/s, 튜플 읽기 %4/s, 튜플 쓰기 %5/s, 캐시 적중률 %6</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>  replication lag: %1, %2 s</source>
        <translation>  복제 지연: %1, %2초</translation>
    </message>
    <message>
        <source>databases: %1 (%2 in all)</source>
        <translation>데이터베이스: %1(전체 %2)</translation>
    </message>
    <message>
        <source>pg_stat_replication: %1 from %2, %3, %4 behind</source>
        <translation>pg_stat_replication: %2의 %1, %3, %4 뒤처짐</translation>
    </message>
    <message>
        <source>load: %1 commits/s in all, read share %2 (replica commits over all commits), %3 client connections</source>
        <translation>부하: 전체 커밋 %1/s, 읽기 비율 %2(전체 커밋 중 레플리카 커밋), 클라이언트 커넥션 %3개</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>경고: %1</translation>
    </message>
    <message>
        <source>a local socket</source>
        <translation>로컬 소켓</translation>
    </message>
    <message>
        <source>The %1 served %2 of block reads from shared_buffers, below the %3 target, though the dataset fits (shared_buffers %4, dataset %5): its cache was still warming up; measure again later.</source>
        <translation>%1은(는) 블록 읽기의 %2를 shared_buffers에서 처리해 목표치 %3에 못 미치지만, 데이터셋은 메모리에 들어갑니다(shared_buffers %4, 데이터셋 %5). 캐시가 아직 워밍업 중이었으니 나중에 다시 측정하세요.</translation>
    </message>
    <message>
        <source>note: the %1 reports max_connections %2; a plan holds at most %3, so the imported plan says %3.</source>
        <translation>참고: %1의 max_connections는 %2이지만 플랜에는 최대 %3까지만 담을 수 있어 가져온 플랜에는 %3(으)로 적습니다.</translation>
    </message>
</context>
<context>
    <name>PlanLoader</name>
    <message>
        <source>unknown node pool &apos;%1&apos;.</source>
        <translation>알 수 없는 노드 풀 &apos;%1&apos;입니다.</translation>
    </message>
    <message>
        <source>unknown QoS &apos;%1&apos;; use one of %2.</source>
        <translation>알 수 없는 QoS &apos;%1&apos;입니다. %2 중 하나를 쓰세요.</translation>
    </message>
    <message>
        <source>unknown PostgreSQL profile &apos;%1&apos;; the profiles are: %2.</source>
        <translation>알 수 없는 PostgreSQL 프로파일 &apos;%1&apos;입니다. 사용할 수 있는 프로파일: %2.</translation>
    </message>
    <message>
        <source>a service&apos;s name cannot be empty.</source>
        <translation>서비스 이름은 비워 둘 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>PlanReport</name>
    <message>
        <source>cluster</source>
        <translation>클러스터</translation>
    </message>
    <message>
        <source>pool %1: %2 of %3 nodes used, %4 a month</source>
        <translation>풀 %1: 노드 %3개 중 %2개 사용, 월 %4</translation>
    </message>
    <message>
        <source>pool %1: %2 of %3 nodes used</source>
        <translation>풀 %1: 노드 %3개 중 %2개 사용</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>사용자 지정</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>서비스</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>티어</translation>
    </message>
    <message>
        <source>Pods</source>
        <translation>파드</translation>
    </message>
    <message>
        <source>CPU req/lim</source>
        <translation>CPU 요청/제한</translation>
    </message>
    <message>
        <source>Memory req/lim</source>
        <translation>메모리 요청/제한</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>부하</translation>
    </message>
    <message>
        <source>Storage class</source>
        <translation>스토리지 클래스</translation>
    </message>
    <message>
        <source>IOPS need/cap</source>
        <translation>IOPS 필요/상한</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>진단 결과가 없습니다.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>심각도</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>진단 결과</translation>
    </message>
    <message>
        <source>What to change:</source>
        <translation>변경할 사항:</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>플랜: %1</translation>
    </message>
    <message>
        <source>%1: cannot be sized: %2</source>
        <translation>%1: 사이징할 수 없음: %2</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>모드</translation>
    </message>
    <message>
        <source>server max_connections</source>
        <translation>서버 max_connections</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>스토리지</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>현재</translation>
    </message>
    <message>
        <source>At horizon</source>
        <translation>계획 기간 끝</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>볼륨</translation>
    </message>
    <message>
        <source>Full in</source>
        <translation>가득 차기까지</translation>
    </message>
    <message>
        <source>%1 (planned)</source>
        <translation>%1 (계획값)</translation>
    </message>
    <message>
        <source>no growth</source>
        <translation>증가 없음</translation>
    </message>
    <message>
        <source>Storage over %1:</source>
        <translation>%1 동안의 스토리지:</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>노드</translation>
    </message>
    <message>
        <source>CPU requested</source>
        <translation>CPU 요청량</translation>
    </message>
    <message>
        <source>Memory requested</source>
        <translation>메모리 요청량</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>배치된 파드</translation>
    </message>
    <message>
        <source>Cluster fit:</source>
        <translation>클러스터 배치:</translation>
    </message>
    <message>
        <source>monthly cost: %1</source>
        <translation>월 비용: %1</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>서비스</translation>
    </message>
    <message>
        <source>Cluster fit</source>
        <translation>클러스터 배치</translation>
    </message>
    <message>
        <source>%1 is not placed: %2</source>
        <translation>%1을(를) 배치하지 못함: %2</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>진단 결과</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>없음.</translation>
    </message>
    <message>
        <source>*Fix:* %1</source>
        <translation>*해결 방법:* %1</translation>
    </message>
    <message>
        <source>Findings: %1, %2, %3</source>
        <translation>진단 결과: %1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>오류 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>경고 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>정보 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Measured beside planned (per pod):</source>
        <translation>계획값과 측정값 비교(파드당):</translation>
    </message>
    <message>
        <source>Measured beside planned (per pod)</source>
        <translation>계획값과 측정값 비교(파드당)</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>프로파일</translation>
    </message>
    <message>
        <source>PostgreSQL settings</source>
        <translation>PostgreSQL 설정</translation>
    </message>
</context>
<context>
    <name>PlanSizer</name>
    <message>
        <source>Move memory to follow the load: primary %1, each replica %2 (the same %3 in all).</source>
        <translation>부하에 맞게 메모리를 옮기세요: 프라이머리 %1, 레플리카마다 %2(합계는 그대로 %3).</translation>
    </message>
    <message>
        <source>Memory is allocated inverse to load: the replica handles all of the %1 of the primary with %2x less memory (%3 against %4).</source>
        <translation>메모리가 부하와 반대로 할당되어 있습니다. 레플리카가 프라이머리의 %1을(를) 모두 처리하는데 메모리는 %2배 적습니다(%3 대 %4).</translation>
    </message>
    <message>
        <source>Memory is allocated inverse to load: the primary handles all of the %1 of each replica with %2x less memory (%3 against %4).</source>
        <translation>메모리가 부하와 반대로 할당되어 있습니다. 프라이머리가 각 레플리카의 %1을(를) 모두 처리하는데 메모리는 %2배 적습니다(%3 대 %4).</translation>
    </message>
    <message>
        <source>Memory is allocated inverse to load: the replica handles %1x the %2 of the primary with %3x less memory (%4 against %5).</source>
        <translation>메모리가 부하와 반대로 할당되어 있습니다. 레플리카가 프라이머리의 %1배에 달하는 %2을(를) 처리하는데 메모리는 %3배 적습니다(%4 대 %5).</translation>
    </message>
    <message>
        <source>Memory is allocated inverse to load: the primary handles %1x the %2 of each replica with %3x less memory (%4 against %5).</source>
        <translation>메모리가 부하와 반대로 할당되어 있습니다. 프라이머리가 각 레플리카의 %1배에 달하는 %2을(를) 처리하는데 메모리는 %3배 적습니다(%4 대 %5).</translation>
    </message>
    <message>
        <source>%1 pool %2 (max_connections %3)</source>
        <translation>%1 풀 %2(max_connections %3)</translation>
    </message>
    <message>
        <source>Put PgBouncer in transaction mode in front and size the server by role: %1.</source>
        <translation>앞단에 PgBouncer를 트랜잭션 모드로 두고 역할별로 서버를 사이징하세요: %1.</translation>
    </message>
    <message>
        <source>The %1 serves %2 client connections against a limit of %3 (%4): a burst exhausts it.</source>
        <translation>%1은(는) 제한 %3(%4)에 대해 클라이언트 커넥션 %2개를 처리합니다. 트래픽이 몰리면 커넥션이 바닥납니다.</translation>
    </message>
    <message>
        <source>The %1 allows %2 connections but its %3 cannot hold that many backends with their work_mem (%4 active now): a busy hour ends in OOM kills or refused connections.</source>
        <translation>%1은(는) 커넥션 %2개를 허용하지만 %3(으)로는 그만큼의 백엔드와 work_mem을 감당할 수 없습니다(현재 활성 %4개). 바쁜 시간대에 OOM kill이나 커넥션 거부로 이어집니다.</translation>
    </message>
    <message>
        <source>Each replica replays all of the primary&apos;s WAL while serving %1% of the load in %2; when reads take its memory, replay falls behind and readers see stale data.</source>
        <translation>각 레플리카는 %2에서 부하의 %1%를 처리하면서 프라이머리의 WAL을 모두 리플레이합니다. 읽기가 메모리를 차지하면 리플레이가 뒤처지고 읽기 요청이 오래된 데이터를 봅니다.</translation>
    </message>
    <message>
        <source>The %1 volume is smaller than the %2 the data needs today.</source>
        <translation>%1 볼륨이 현재 데이터에 필요한 %2보다 작습니다.</translation>
    </message>
    <message>
        <source>Grow the volume to at least %1.</source>
        <translation>볼륨을 최소 %1(으)로 늘리세요.</translation>
    </message>
    <message>
        <source>At %1 every %2 the %3 volume is full in %4, before the %5 horizon.</source>
        <translation>%2마다 %1씩 늘면 %3 볼륨은 %4 후에 가득 차며, 이는 계획 기간 %5보다 이릅니다.</translation>
    </message>
    <message>
        <source>Provision %1 or plan the expansion before then.</source>
        <translation>%1을(를) 프로비저닝하거나 그 전에 확장을 계획하세요.</translation>
    </message>
    <message>
        <source>%1 cannot be placed: %2</source>
        <translation>%1을(를) 배치할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Add nodes or a larger node pool, or lower the service&apos;s requests.</source>
        <translation>노드나 더 큰 노드 풀을 추가하거나 서비스의 요청량을 낮추세요.</translation>
    </message>
    <message>
        <source>Correct the service&apos;s inputs or resources.</source>
        <translation>서비스의 입력값이나 리소스를 고치세요.</translation>
    </message>
    <message>
        <source>The %1 profile&apos;s worst case does not fit the %2 limit of the %3: its settings let PostgreSQL take more memory than the container has.</source>
        <translation>%1 프로파일의 최악의 경우가 %3의 제한 %2 안에 들어가지 않습니다. 이 설정으로는 PostgreSQL이 컨테이너에 있는 것보다 많은 메모리를 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>Write postgresql.conf with the %1 profile, which sizes every role from its limit so that the worst case fits.</source>
        <translation>모든 역할을 제한에 맞춰 사이징해 최악의 경우도 들어가게 하는 %1 프로파일로 postgresql.conf를 쓰세요.</translation>
    </message>
    <message>
        <source>Size postgresql.conf with the %1 profile.</source>
        <translation>postgresql.conf를 %1 프로파일로 사이징합니다.</translation>
    </message>
</context>
<context>
    <name>PromImportOptions</name>
    <message>
        <source>%1: cannot read %2: %3.</source>
        <translation>%1: %2을(를) 읽을 수 없습니다: %3.</translation>
    </message>
    <message>
        <source>%1: %2 is empty.</source>
        <translation>%1: %2이(가) 비어 있습니다.</translation>
    </message>
    <message>
        <source>--selector: &apos;%1&apos; is not a label selector in braces, e.g. {namespace=&quot;prod&quot;}.</source>
        <translation>--selector: &apos;%1&apos;은(는) 중괄호로 감싼 레이블 선택자가 아닙니다(예: {namespace=&quot;prod&quot;}).</translation>
    </message>
    <message>
        <source>--org-id: &apos;%1&apos; is not a tenant ID (letters, digits and !-_.*&apos;(), several joined by |).</source>
        <translation>--org-id: &apos;%1&apos;은(는) 테넌트 ID가 아닙니다(문자, 숫자, !-_.*&apos;(), 여러 개는 |로 잇습니다).</translation>
    </message>
    <message>
        <source>%1: %2 holds no PEM certificate.</source>
        <translation>%1: %2에 PEM 인증서가 없습니다.</translation>
    </message>
</context>
<context>
    <name>PromImporter</name>
    <message>
        <source>finding the releases: %1</source>
        <translation>릴리스를 찾는 중: %1</translation>
    </message>
    <message>
        <source>release %1 in namespace %2 is beyond the server&apos;s limits even on its own: %3</source>
        <translation>네임스페이스 %2의 릴리스 %1은(는) 단독으로도 서버의 한도를 넘습니다: %3</translation>
    </message>
</context>
<context>
    <name>PromPlanBuilder</name>
    <message>
        <source>Imported from %1</source>
        <translation>%1에서 가져옴</translation>
    </message>
    <message>
        <source>Measured by headroom import prometheus: resources are the deployed requests and limits, usage is under each service&apos;s measured.</source>
        <translation>headroom import prometheus로 측정함: 리소스는 배포된 요청량과 제한이며, 사용량은 각 서비스의 measured에 있습니다.</translation>
    </message>
    <message>
        <source>%1 (namespace %2): no chart Headroom knows (&apos;%3&apos;)</source>
        <translation>%1(네임스페이스 %2): Headroom이 아는 차트가 아님(&apos;%3&apos;)</translation>
    </message>
    <message>
        <source>%1 (namespace %2): the name is taken</source>
        <translation>%1(네임스페이스 %2): 이미 쓰이는 이름</translation>
    </message>
</context>
<context>
    <name>Quantity</name>
    <message>
        <source>a CPU quantity</source>
        <translation>CPU 수량</translation>
    </message>
    <message>
        <source>write a whole or decimal number of cores or a whole number of millicores with the suffix m, e.g. 2, 1.5, 0.1, 500m</source>
        <translation>코어 수를 정수나 소수로 쓰거나, 밀리코어 수를 정수 뒤에 m을 붙여 쓰세요. 예: 2, 1.5, 0.1, 500m</translation>
    </message>
    <message>
        <source>a memory quantity</source>
        <translation>메모리 수량</translation>
    </message>
    <message>
        <source>write a whole or decimal number of bytes with an optional suffix Ki, Mi, Gi, Ti, Pi, Ei (powers of 1024) or k, M, G, T, P, E (powers of 1000), e.g. 512Mi, 2Gi, 1.5G, 1e9</source>
        <translation>바이트 수를 정수나 소수로 쓰고, 필요하면 접미사 Ki, Mi, Gi, Ti, Pi, Ei(1024의 거듭제곱) 또는 k, M, G, T, P, E(1000의 거듭제곱)를 붙이세요. 예: 512Mi, 2Gi, 1.5G, 1e9</translation>
    </message>
    <message>
        <source>an IOPS quantity</source>
        <translation>IOPS 수량</translation>
    </message>
    <message>
        <source>write a whole number of operations per second with an optional suffix k (thousands) or M (millions), e.g. 3000, 3k, 1.5k, 10M</source>
        <translation>초당 작업 수를 정수로 쓰고, 필요하면 접미사 k(천) 또는 M(백만)을 붙이세요. 예: 3000, 3k, 1.5k, 10M</translation>
    </message>
    <message>
        <source>a throughput</source>
        <translation>처리량</translation>
    </message>
    <message>
        <source>write a whole or decimal number followed by B/s, KB/s, MB/s, GB/s, TB/s (powers of 1000) or KiB/s, MiB/s, GiB/s, TiB/s (powers of 1024), e.g. 10MB/s, 1GB/s, 250MiB/s</source>
        <translation>정수나 소수 뒤에 B/s, KB/s, MB/s, GB/s, TB/s(1000의 거듭제곱) 또는 KiB/s, MiB/s, GiB/s, TiB/s(1024의 거듭제곱)를 붙이세요. 예: 10MB/s, 1GB/s, 250MiB/s</translation>
    </message>
    <message>
        <source>a rate</source>
        <translation>초당 이벤트 수</translation>
    </message>
    <message>
        <source>write a whole number of events per second with an optional suffix k (thousands) or M (millions) and an optional /s, e.g. 100k/s, 1k/s, 50000/s</source>
        <translation>초당 이벤트 수를 정수로 쓰고, 필요하면 접미사 k(천) 또는 M(백만)과 /s를 붙이세요. 예: 100k/s, 1k/s, 50000/s</translation>
    </message>
    <message>
        <source>a duration</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>write whole or decimal numbers each followed by a unit ms, s, m (minutes), h, d, w or y (365 days), largest unit first, e.g. 500ms, 30s, 2h, 30d, 1h30m</source>
        <translation>정수나 소수 뒤에 단위 ms, s, m(분), h, d, w, y(365일)를 붙이고, 큰 단위부터 쓰세요. 예: 500ms, 30s, 2h, 30d, 1h30m</translation>
    </message>
    <message>
        <source>a percentage</source>
        <translation>백분율</translation>
    </message>
    <message>
        <source>write a percentage or a fraction of one, e.g. 40%, 12.5%, 0.4</source>
        <translation>백분율이나 1 이하의 소수를 쓰세요. 예: 40%, 12.5%, 0.4</translation>
    </message>
    <message>
        <source>a count</source>
        <translation>개수</translation>
    </message>
    <message>
        <source>write a whole number without sign or suffix, e.g. 0, 3, 200</source>
        <translation>부호나 접미사 없는 정수를 쓰세요. 예: 0, 3, 200</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>숫자</translation>
    </message>
    <message>
        <source>write a decimal number with at most 6 decimal places, e.g. 3, 1.5, 0.78125</source>
        <translation>소수점 이하 6자리까지의 숫자를 쓰세요. 예: 3, 1.5, 0.78125</translation>
    </message>
    <message>
        <source>a quantity</source>
        <translation>수량</translation>
    </message>
    <message>
        <source>write a number</source>
        <translation>숫자를 쓰세요</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not %2: %3</source>
        <translation>&apos;%1&apos;은(는) 올바른 %2이(가) 아닙니다: %3</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>CPU is counted in whole millicores and this is finer than 1m</source>
        <translation>CPU는 밀리코어 단위의 정수로 세는데, 이 값은 1m보다 정밀합니다</translation>
    </message>
    <message>
        <source>IOPS are counted in whole operations per second</source>
        <translation>IOPS는 초당 작업 수를 정수로 셉니다</translation>
    </message>
    <message>
        <source>a rate is counted in whole events per second</source>
        <translation>초당 이벤트 수는 정수로 셉니다</translation>
    </message>
    <message>
        <source>a duration is counted in whole milliseconds and this is finer than 1ms</source>
        <translation>기간은 밀리초 단위의 정수로 세는데, 이 값은 1ms보다 정밀합니다</translation>
    </message>
    <message>
        <source>a percentage is kept to 0.0001% and this is finer</source>
        <translation>백분율은 0.0001%까지만 저장하는데, 이 값은 그보다 정밀합니다</translation>
    </message>
    <message>
        <source>a count is a whole number</source>
        <translation>개수는 정수여야 합니다</translation>
    </message>
    <message>
        <source>a number is kept to 6 decimal places and this has more</source>
        <translation>숫자는 소수점 이하 6자리까지만 저장하는데, 이 값은 자릿수가 더 많습니다</translation>
    </message>
    <message>
        <source>it does not fit in 64 bits (the largest is %1)</source>
        <translation>64비트 범위를 벗어납니다(최댓값 %1)</translation>
    </message>
    <message>
        <source>every number needs a unit</source>
        <translation>모든 숫자에 단위가 있어야 합니다</translation>
    </message>
    <message>
        <source>the units must go from the largest to the smallest, each once</source>
        <translation>단위는 큰 것부터 작은 것 순으로, 각각 한 번씩만 써야 합니다</translation>
    </message>
    <message>
        <source>an exponent cannot be combined with a suffix</source>
        <translation>지수 표기와 접미사는 함께 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>a unit such as MB/s is needed</source>
        <translation>MB/s 같은 단위가 필요합니다</translation>
    </message>
    <message>
        <source>m means thousandths of a byte; for mebibytes write Mi, for megabytes M</source>
        <translation>m은 1/1000바이트를 뜻합니다. 메비바이트는 Mi, 메가바이트는 M으로 쓰세요</translation>
    </message>
    <message>
        <source>a bare number is a fraction of one and cannot exceed 1 (0.4 is 40%)</source>
        <translation>단위 없는 숫자는 1에 대한 비율이므로 1을 넘을 수 없습니다(0.4는 40%)</translation>
    </message>
    <message>
        <source>a %1 value cannot be NaN (not a number), which a formula gets from 0/0 or an undefined operation</source>
        <translation>%1 값은 NaN(숫자 아님)일 수 없습니다. 수식에서 0/0이나 정의되지 않은 연산을 하면 NaN이 됩니다</translation>
    </message>
    <message>
        <source>a %1 value cannot be infinite, which a formula gets from a division by zero</source>
        <translation>%1 값은 무한대일 수 없습니다. 수식에서 0으로 나누면 무한대가 됩니다</translation>
    </message>
    <message>
        <source>a %1 value cannot be negative, but the formula gave %2</source>
        <translation>%1 값은 음수일 수 없는데 수식 결과가 %2입니다</translation>
    </message>
    <message>
        <source>a %1 value of %2%3 is too large: at most %4%3 fits in 64 bits</source>
        <translation>%1 값 %2%3은(는) 너무 큽니다. 64비트에는 최대 %4%3까지 들어갑니다</translation>
    </message>
    <message>
        <source>the text is empty</source>
        <translation>텍스트가 비어 있습니다</translation>
    </message>
    <message>
        <source>no space is allowed inside a quantity</source>
        <translation>수량 안에는 공백을 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>negative values are not allowed</source>
        <translation>음수는 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>the default unit of a PostgreSQL memory setting must be between 1 byte and 1 EiB, not %1 bytes</source>
        <translation>PostgreSQL 메모리 설정의 기본 단위는 1바이트에서 1 EiB 사이여야 합니다. %1바이트는 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>write a number followed by B, kB, MB, GB or TB (powers of 1024), or a bare number of %1 units, e.g. 64MB, 8kB, 1GB</source>
        <translation>숫자 뒤에 B, kB, MB, GB, TB(1024의 거듭제곱)를 붙이거나, %1 단위의 숫자만 쓰세요. 예: 64MB, 8kB, 1GB</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a PostgreSQL memory setting: %2</source>
        <translation>&apos;%1&apos;은(는) 올바른 PostgreSQL 메모리 설정이 아닙니다: %2</translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s units are case-sensitive, write %1 rather than %2</source>
        <translation>PostgreSQL 단위는 대소문자를 구분합니다. %2 대신 %1(으)로 쓰세요</translation>
    </message>
    <message>
        <source>it does not fit in 64 bits</source>
        <translation>64비트 범위를 벗어납니다</translation>
    </message>
    <message>
        <source>%1 core</source>
        <translation>%1 코어</translation>
    </message>
    <message>
        <source>%1 cores</source>
        <translation>%1 코어</translation>
    </message>
</context>
<context>
    <name>RecoveryFile</name>
    <message>
        <source>the recovery file is damaged: its header is cut short or altered.</source>
        <translation>복구 파일이 손상되었습니다: 헤더가 잘렸거나 변경되었습니다.</translation>
    </message>
    <message>
        <source>not a Headroom recovery file.</source>
        <translation>Headroom 복구 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>the recovery file is damaged: it holds %1 bytes of the plan where %2 were written.</source>
        <translation>복구 파일이 손상되었습니다: 기록된 플랜은 %2바이트인데 파일에는 %1바이트가 들어 있습니다.</translation>
    </message>
    <message>
        <source>the recovery file is damaged: its checksum does not match.</source>
        <translation>복구 파일이 손상되었습니다: 체크섬이 일치하지 않습니다.</translation>
    </message>
</context>
<context>
    <name>RecoveryOffer</name>
    <message numerus="yes">
        <source>%n more recovery file(s) kept; Headroom offers them again at its next start.</source>
        <translation>
            <numerusform>복구 파일 %n개를 더 보관했습니다. 다음에 Headroom을 시작할 때 다시 제안합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>an untitled plan</source>
        <translation>제목 없는 플랜</translation>
    </message>
    <message>
        <source>Restore Unsaved Changes</source>
        <translation>저장하지 않은 변경 사항 복원</translation>
    </message>
    <message>
        <source>Headroom did not close cleanly while %1 had unsaved changes (last written %2), but their recovery file is damaged and cannot be restored.</source>
        <translation>%1에 저장하지 않은 변경 사항(마지막 기록 %2)이 있는 상태에서 Headroom이 정상적으로 종료되지 않았으나, 복구 파일이 손상되어 복원할 수 없습니다.</translation>
    </message>
    <message>
        <source>Headroom did not close cleanly while %1 had unsaved changes (last written %2). Restore them?</source>
        <translation>%1에 저장하지 않은 변경 사항이 있는 상태에서 Headroom이 정상적으로 종료되지 않았습니다(마지막 기록 %2). 복원할까요?</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>복원(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep for Later</source>
        <translation>보관해 두기(&amp;K)</translation>
    </message>
    <message>
        <source>Cannot restore the unsaved changes</source>
        <translation>저장하지 않은 변경 사항을 복원할 수 없음</translation>
    </message>
    <message>
        <source>Restore unsaved changes</source>
        <translation>저장하지 않은 변경 사항 복원</translation>
    </message>
    <message>
        <source>Restored the unsaved changes.</source>
        <translation>저장하지 않은 변경 사항을 복원했습니다.</translation>
    </message>
</context>
<context>
    <name>ReleaseNames</name>
    <message>
        <source>service &apos;%1&apos; exports the Helm release &apos;%2&apos;, longer than the %3 characters Helm takes; shorten the name to at most %4 characters.</source>
        <translation>서비스 &apos;%1&apos;은(는) Helm 릴리스 &apos;%2&apos;을(를) 내보내는데, Helm이 받는 %3자보다 깁니다. 이름을 %4자 이하로 줄이세요.</translation>
    </message>
    <message>
        <source>services &apos;%1&apos; and &apos;%2&apos; both export the Helm release &apos;%3&apos; (and its files %3.*); rename one of them.</source>
        <translation>서비스 &apos;%1&apos;과(와) &apos;%2&apos;이(가) 모두 Helm 릴리스 &apos;%3&apos;(및 그 파일 %3.*)을(를) 내보냅니다. 둘 중 하나의 이름을 바꾸세요.</translation>
    </message>
</context>
<context>
    <name>ReportChart</name>
    <message>
        <source>Container limit</source>
        <translation>컨테이너 제한</translation>
    </message>
    <message>
        <source>Tier %1 memory</source>
        <translation>티어 %1 메모리</translation>
    </message>
    <message>
        <source>Node size</source>
        <translation>노드 크기</translation>
    </message>
    <message>
        <source>Measured p50 to max</source>
        <translation>측정값 p50~최대</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>현재 값</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>메모리</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>the whole plan&apos;s sizing</source>
        <translation>플랜 전체의 사이징</translation>
    </message>
    <message>
        <source>The whole plan: sizing of every service, pooling, storage, cluster fit and findings.</source>
        <translation>플랜 전체: 모든 서비스의 사이징, 커넥션 풀링, 스토리지, 클러스터 배치, 진단 결과.</translation>
    </message>
    <message>
        <source>The plan file.</source>
        <translation>플랜 파일.</translation>
    </message>
    <message>
        <source>give exactly one plan file.</source>
        <translation>플랜 파일을 하나만 지정하세요.</translation>
    </message>
    <message>
        <source>Output format: text, markdown, json, html or pdf (default text). html and pdf are the printable report with what-if charts, as the window&apos;s File › Export Report writes it.</source>
        <translation>출력 형식: text, markdown, json, html 또는 pdf(기본값 text). html과 pdf는 창의 파일 › 보고서 내보내기가 쓰는 것과 같은, what-if 차트가 들어간 인쇄용 보고서입니다.</translation>
    </message>
    <message>
        <source>Write the report to FILE (needed for pdf).</source>
        <translation>보고서를 FILE에 씁니다(pdf에는 필수).</translation>
    </message>
    <message>
        <source>--format pdf needs --out FILE.</source>
        <translation>--format pdf에는 --out FILE이 필요합니다.</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>cannot write the report: %1</source>
        <translation>보고서를 쓸 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Headroom report</source>
        <translation>Headroom 보고서</translation>
    </message>
    <message>
        <source> (%1): %2</source>
        <comment>a finding&apos;s subject, then its message</comment>
        <translation> (%1): %2</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>클러스터</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>조치:</translation>
    </message>
    <message>
        <source>Memory of %1 as %2 changes (today %3).</source>
        <translation>%2에 따른 %1의 메모리 (현재 %3).</translation>
    </message>
    <message>
        <source>Its memory holds across the range.</source>
        <translation>이 범위 전체에서 메모리가 버팁니다.</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>서비스</translation>
    </message>
    <message numerus="yes">
        <source>What-if charts of the first %n service(s) only.</source>
        <translation>
            <numerusform>What-if 차트는 처음 %n개 서비스만 그렸습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Findings: %1, %2, %3.</source>
        <translation>진단 결과: %1, %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>오류 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>경고 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>참고 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>custom</source>
        <translation>사용자 지정</translation>
    </message>
    <message>
        <source>%1 (%2, tier %3)</source>
        <comment>a service: its name, kind and tier</comment>
        <translation>%1 (%2, 티어 %3)</translation>
    </message>
    <message>
        <source>Cannot be sized: %1</source>
        <translation>사이징할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>서비스</translation>
    </message>
    <message>
        <source>Pods</source>
        <translation>파드</translation>
    </message>
    <message>
        <source>CPU req/lim</source>
        <translation>CPU 요청/제한</translation>
    </message>
    <message>
        <source>Memory req/lim</source>
        <translation>메모리 요청/제한</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>프로파일</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>부하</translation>
    </message>
    <message>
        <source>Placed on</source>
        <translation>배치 노드</translation>
    </message>
    <message>
        <source>no growth</source>
        <translation>증가 없음</translation>
    </message>
    <message>
        <source>Storage class</source>
        <translation>스토리지 클래스</translation>
    </message>
    <message>
        <source>IOPS need/cap</source>
        <translation>IOPS 필요/상한</translation>
    </message>
    <message>
        <source>Data today</source>
        <translation>현재 데이터</translation>
    </message>
    <message>
        <source>At the horizon (%1)</source>
        <translation>계획 기간 끝(%1)</translation>
    </message>
    <message>
        <source>Volume as provisioned</source>
        <translation>프로비저닝된 볼륨</translation>
    </message>
    <message>
        <source>Volume as planned</source>
        <translation>계획된 볼륨</translation>
    </message>
    <message>
        <source>Full in</source>
        <translation>가득 차기까지</translation>
    </message>
    <message>
        <source>Findings of %1</source>
        <translation>%1의 진단 결과</translation>
    </message>
    <message>
        <source>No findings for %1.</source>
        <translation>%1에 대한 진단 결과가 없습니다.</translation>
    </message>
    <message>
        <source>%1 not placed</source>
        <translation>%1 배치 안 됨</translation>
    </message>
    <message>
        <source>Measured beside planned (per pod)</source>
        <translation>계획값과 측정값 비교(파드당)</translation>
    </message>
    <message>
        <source>Cluster fit</source>
        <translation>클러스터 배치</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>노드</translation>
    </message>
    <message>
        <source>CPU requested</source>
        <translation>CPU 요청량</translation>
    </message>
    <message>
        <source>Memory requested</source>
        <translation>메모리 요청량</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>배치된 파드</translation>
    </message>
    <message>
        <source>Pool %1: %2 of %3 nodes used.</source>
        <translation>풀 %1: 노드 %3개 중 %2개 사용.</translation>
    </message>
    <message>
        <source>%1 %2 a month.</source>
        <comment>nodes used, then the cost</comment>
        <translation>%1 월 %2.</translation>
    </message>
    <message>
        <source>%1 is not placed: %2</source>
        <translation>%1이(가) 배치되지 않았습니다: %2</translation>
    </message>
    <message>
        <source>Findings of the cluster</source>
        <translation>클러스터의 진단 결과</translation>
    </message>
</context>
<context>
    <name>SampleCommand</name>
    <message>
        <source>print the report of the built-in sample plan</source>
        <translation>내장 샘플 플랜의 보고서 출력</translation>
    </message>
    <message>
        <source>Print the report of the built-in sample plan.</source>
        <translation>내장 샘플 플랜의 보고서를 출력합니다.</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>info</source>
        <translation>정보</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <source>error</source>
        <translation>오류</translation>
    </message>
</context>
<context>
    <name>SizeCommand</name>
    <message>
        <source>size one service</source>
        <translation>서비스 하나 사이징</translation>
    </message>
    <message>
        <source>Size one service: resources, memory breakdown, storage, settings and findings.</source>
        <translation>서비스 하나를 사이징합니다: 리소스, 메모리 구성, 스토리지, 설정, 진단 결과.</translation>
    </message>
    <message>
        <source>A service of the catalog (headroom catalog services).</source>
        <translation>카탈로그에 있는 서비스(headroom catalog services로 확인).</translation>
    </message>
    <message>
        <source>Workload size: small, medium, large or xlarge (default medium unless both --cpu and --memory are given).</source>
        <translation>워크로드 크기: small, medium, large, xlarge 중 하나(--cpu와 --memory를 둘 다 지정한 경우가 아니면 기본값 medium).</translation>
    </message>
    <message>
        <source>Memory limit, e.g. 16Gi (overrides the tier&apos;s).</source>
        <translation>메모리 제한(limit), 예: 16Gi(티어 값을 재정의).</translation>
    </message>
    <message>
        <source>CPU limit, e.g. 8 or 1500m (overrides the tier&apos;s).</source>
        <translation>CPU 제한(limit), 예: 8 또는 1500m(티어 값을 재정의).</translation>
    </message>
    <message>
        <source>Number of pods (default 1).</source>
        <translation>파드 수(기본값 1).</translation>
    </message>
    <message>
        <source>Shorthand for --set connections=N.</source>
        <translation>--set connections=N의 축약형.</translation>
    </message>
    <message>
        <source>Storage class id (headroom catalog storage-classes).</source>
        <translation>스토리지 클래스 ID(headroom catalog storage-classes로 확인).</translation>
    </message>
    <message>
        <source>Set an input, e.g. --set dataset=200Gi (repeatable).</source>
        <translation>입력값 지정, 예: --set dataset=200Gi(여러 번 사용 가능).</translation>
    </message>
    <message>
        <source>Output format: table, yaml or json (default table).</source>
        <translation>출력 형식: table, yaml, json 중 하나(기본값 table).</translation>
    </message>
    <message>
        <source>give exactly one service, e.g. headroom size postgresql --tier large.</source>
        <translation>서비스를 하나만 지정하세요. 예: headroom size postgresql --tier large.</translation>
    </message>
    <message>
        <source>unknown service &apos;%1&apos;; the services are: %2.</source>
        <translation>알 수 없는 서비스 &apos;%1&apos;입니다. 사용할 수 있는 서비스: %2.</translation>
    </message>
    <message>
        <source>--tier: unknown tier &apos;%1&apos;; the tiers are: %2.</source>
        <translation>--tier: 알 수 없는 티어 &apos;%1&apos;입니다. 사용할 수 있는 티어: %2.</translation>
    </message>
    <message>
        <source>--replicas: &apos;%1&apos; is not a whole number from 1 to 10000.</source>
        <translation>--replicas: &apos;%1&apos;은(는) 1에서 10000 사이의 정수가 아닙니다.</translation>
    </message>
    <message>
        <source>--set: &apos;%1&apos; is not name=value.</source>
        <translation>--set: &apos;%1&apos;은(는) 이름=값 형식이 아닙니다.</translation>
    </message>
    <message>
        <source>--set: %1 has no input &apos;%2&apos;; its inputs are: %3.</source>
        <translation>--set: %1에는 &apos;%2&apos; 입력이 없습니다. 입력 목록: %3.</translation>
    </message>
    <message>
        <source>Memory request (default: as --qos sets it).</source>
        <translation>메모리 요청(기본값: --qos가 정하는 값).</translation>
    </message>
    <message>
        <source>CPU request (default: as --qos sets it).</source>
        <translation>CPU 요청(기본값: --qos가 정하는 값).</translation>
    </message>
    <message>
        <source>How requests follow limits: memory-guaranteed (default: memory request = limit), guaranteed (CPU too) or burstable (the service&apos;s share, never below its resident memory).</source>
        <translation>요청이 한도를 따르는 방식: memory-guaranteed(기본값: 메모리 요청 = 한도), guaranteed(CPU도 같음), burstable(서비스의 비율을 쓰되 상주 메모리보다 낮지 않음).</translation>
    </message>
    <message>
        <source>--qos: unknown QoS &apos;%1&apos;; use one of %2.</source>
        <translation>--qos: 알 수 없는 QoS &apos;%1&apos;입니다. %2 중 하나를 쓰세요.</translation>
    </message>
    <message>
        <source>--profile: unknown profile &apos;%1&apos;; the profiles are: %2.</source>
        <translation>--profile: 알 수 없는 프로파일 &apos;%1&apos;입니다. 사용할 수 있는 프로파일: %2.</translation>
    </message>
</context>
<context>
    <name>SizingEngine</name>
    <message>
        <source>%1 is a %2 quantity, not %3.</source>
        <translation>%1은(는) %3이(가) 아니라 %2 수량입니다.</translation>
    </message>
    <message>
        <source>%1 is %2, below its minimum %3.</source>
        <translation>%1은(는) %2(으)로 최솟값 %3보다 작습니다.</translation>
    </message>
    <message>
        <source>%1 is %2, above its maximum %3.</source>
        <translation>%1은(는) %2(으)로 최댓값 %3보다 큽니다.</translation>
    </message>
    <message>
        <source>gives %1 for these inputs, which is not a %2 quantity: %3</source>
        <translation>이 입력값에서 %1이(가) 나오는데, %2 수량이 아닙니다: %3</translation>
    </message>
    <message>
        <source>%1 gets %2 of the %3 it needs</source>
        <translation>%1은(는) 필요한 %3 중 %2만 받습니다</translation>
    </message>
    <message>
        <source>The memory components need %1 but the limit is %2: %3.</source>
        <translation>메모리 구성 요소에 %1이(가) 필요한데 제한은 %2입니다: %3.</translation>
    </message>
    <message>
        <source>Raise the memory limit to at least %1, or lower the inputs that drive the largest components.</source>
        <translation>메모리 제한을 최소 %1(으)로 올리거나, 가장 큰 구성 요소를 좌우하는 입력값을 낮추세요.</translation>
    </message>
    <message>
        <source>unknown storage class &apos;%1&apos;; the classes are: %2.</source>
        <translation>알 수 없는 스토리지 클래스 &apos;%1&apos;입니다. 사용할 수 있는 클래스: %2.</translation>
    </message>
    <message>
        <source>%1 tier</source>
        <translation>%1 티어</translation>
    </message>
    <message>
        <source>unknown service &apos;%1&apos;; the services are: %2.</source>
        <translation>알 수 없는 서비스 &apos;%1&apos;입니다. 사용할 수 있는 서비스: %2.</translation>
    </message>
    <message>
        <source>replicas must be between 1 and 10000.</source>
        <translation>레플리카 수는 1에서 10000 사이여야 합니다.</translation>
    </message>
    <message>
        <source>unknown tier &apos;%1&apos;; the tiers are: %2.</source>
        <translation>알 수 없는 티어 &apos;%1&apos;입니다. 사용할 수 있는 티어: %2.</translation>
    </message>
    <message>
        <source>give a tier (%1) or both a CPU and a memory limit.</source>
        <translation>티어(%1)를 지정하거나 CPU 제한과 메모리 제한을 모두 지정하세요.</translation>
    </message>
    <message>
        <source>the catalog has no matrix row for %1.</source>
        <translation>카탈로그에 %1의 매트릭스 행이 없습니다.</translation>
    </message>
    <message>
        <source>the CPU limit must be a CPU quantity.</source>
        <translation>CPU 제한은 CPU 수량이어야 합니다.</translation>
    </message>
    <message>
        <source>the memory limit must be a memory quantity.</source>
        <translation>메모리 제한은 메모리 수량이어야 합니다.</translation>
    </message>
    <message>
        <source>the CPU limit must be above zero.</source>
        <translation>CPU 제한은 0보다 커야 합니다.</translation>
    </message>
    <message>
        <source>the memory limit must be at least 16Mi; no data service runs in less.</source>
        <translation>메모리 제한은 16Mi 이상이어야 합니다. 그보다 작으면 어떤 데이터 서비스도 실행되지 않습니다.</translation>
    </message>
    <message>
        <source>the CPU request %1 is above the limit %2; Kubernetes refuses that.</source>
        <translation>CPU 요청 %1이(가) 제한 %2보다 큽니다. Kubernetes는 이를 거부합니다.</translation>
    </message>
    <message>
        <source>the memory request %1 is above the limit %2; Kubernetes refuses that.</source>
        <translation>메모리 요청 %1이(가) 제한 %2보다 큽니다. Kubernetes는 이를 거부합니다.</translation>
    </message>
    <message>
        <source>%1 has no input &apos;%2&apos;; its inputs are: %3.</source>
        <translation>%1에는 입력 &apos;%2&apos;이(가) 없습니다. 사용할 수 있는 입력: %3.</translation>
    </message>
    <message>
        <source>The memory request %1 is below the %2 %3 holds resident once warm, so the kubelet evicts this pod first under memory pressure.</source>
        <translation>메모리 요청 %1이(가) %3이(가) 예열된 뒤 상주하는 %2보다 낮아, 메모리가 부족할 때 kubelet이 이 파드를 가장 먼저 축출합니다.</translation>
    </message>
    <message>
        <source>Raise the memory request to at least %1, or leave it unset.</source>
        <translation>메모리 요청을 %1 이상으로 올리거나 지정하지 마세요.</translation>
    </message>
    <message>
        <source>not set (no tier; --set %1=…)</source>
        <translation>설정 안 됨 (티어 없음, --set %1=…)</translation>
    </message>
</context>
<context>
    <name>SizingReport</name>
    <message>
        <source>explicit limits</source>
        <translation>직접 지정한 제한</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2), %n replica(s)</source>
        <translation>
            <numerusform>%1 (%2), 레플리카 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>리소스</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>요청</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>제한</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>메모리</translation>
    </message>
    <message>
        <source>Memory breakdown</source>
        <translation>메모리 구성</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>할당량</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>비율</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>근거</translation>
    </message>
    <message>
        <source>%1 (needs %2)</source>
        <translation>%1 (필요량 %2)</translation>
    </message>
    <message>
        <source>What the components leave under the limit.</source>
        <translation>구성 요소가 쓰고 남은 제한 내 메모리.</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>스토리지</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>필요량</translation>
    </message>
    <message>
        <source>Class delivers</source>
        <translation>클래스 제공량</translation>
    </message>
    <message>
        <source>(no class)</source>
        <translation>(클래스 없음)</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>볼륨</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>처리량</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>가이드</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>입력</translation>
    </message>
    <message>
        <source>From</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Findings: none.</source>
        <translation>진단 결과: 없음.</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>진단 결과:</translation>
    </message>
    <message>
        <source>fix: %1</source>
        <translation>해결 방법: %1</translation>
    </message>
    <message>
        <source>set</source>
        <translation>직접 지정</translation>
    </message>
    <message>
        <source>default</source>
        <translation>기본값</translation>
    </message>
    <message>
        <source>QoS: %1 (Kubernetes class %2)</source>
        <translation>QoS: %1 (Kubernetes 클래스 %2)</translation>
    </message>
    <message>
        <source>Resident once warm: %1</source>
        <translation>예열 후 상주: %1</translation>
    </message>
    <message>
        <source>PostgreSQL profile: %1 (%2)</source>
        <translation>PostgreSQL 프로파일: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>StorageCheck</name>
    <message>
        <source>%1 needs %2 but %3 delivers %4 for a %5 volume.</source>
        <translation>%1에는 %2이(가) 필요하지만 %3은(는) %5 볼륨에서 %4만 제공합니다.</translation>
    </message>
    <message>
        <source>Choose a faster storage class, a larger volume if the class&apos;s IOPS grow with size, or provision more IOPS.</source>
        <translation>더 빠른 스토리지 클래스를 고르거나, 클래스의 IOPS가 크기에 따라 늘어난다면 볼륨을 키우거나, IOPS를 추가로 프로비저닝하세요.</translation>
    </message>
    <message>
        <source>%1 needs %2 but %3 delivers %4.</source>
        <translation>%1에는 %2이(가) 필요하지만 %3은(는) %4만 제공합니다.</translation>
    </message>
    <message>
        <source>Choose a storage class with more throughput.</source>
        <translation>처리량이 더 높은 스토리지 클래스를 고르세요.</translation>
    </message>
</context>
<context>
    <name>StorageClassReader</name>
    <message>
        <source>the key &apos;iops&apos; is required here.</source>
        <translation>여기에는 &apos;iops&apos; 키가 있어야 합니다.</translation>
    </message>
    <message>
        <source>IOPS per GiB must be above zero and at most a million.</source>
        <translation>GiB당 IOPS는 0보다 크고 100만 이하여야 합니다.</translation>
    </message>
    <message>
        <source>the IOPS ceiling is below the floor.</source>
        <translation>IOPS 상한(ceiling)이 하한(floor)보다 낮습니다.</translation>
    </message>
    <message>
        <source>the IOPS max is below the baseline.</source>
        <translation>IOPS 최댓값(max)이 기준값(baseline)보다 낮습니다.</translation>
    </message>
    <message>
        <source>iops needs one of: {fixed: N}, {perGiB: R, floor: N, ceiling: N} or {baseline: N, provisioned: N, max: N}.</source>
        <translation>iops에는 {fixed: N}, {perGiB: R, floor: N, ceiling: N}, {baseline: N, provisioned: N, max: N} 중 하나가 있어야 합니다.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Kubernetes storage class name: use lower-case letters, digits, &apos;-&apos; and &apos;.&apos;.</source>
        <translation>&apos;%1&apos;은(는) 올바른 Kubernetes 스토리지 클래스 이름이 아닙니다. 영문 소문자, 숫자, &apos;-&apos;, &apos;.&apos;만 쓰세요.</translation>
    </message>
    <message>
        <source>latency max is below latency min.</source>
        <translation>지연 시간 max가 min보다 작습니다.</translation>
    </message>
    <message>
        <source>a cost rank goes from 1 (cheapest) to 100.</source>
        <translation>비용 순위는 1(가장 저렴)부터 100까지입니다.</translation>
    </message>
</context>
<context>
    <name>TuneCommand</name>
    <message>
        <source>--memory is required, e.g. --memory 8GB (or read many machines with --batch FILE).</source>
        <translation>--memory를 지정해야 합니다. 예: --memory 8GB(여러 머신은 --batch FILE로 읽기).</translation>
    </message>
    <message>
        <source>--memory: &apos;%1&apos; is not a whole number followed by MB, GB or TB, e.g. 8GB.</source>
        <translation>--memory: &apos;%1&apos;은(는) 정수 뒤에 MB, GB, TB가 붙은 형식이 아닙니다. 예: 8GB.</translation>
    </message>
    <message>
        <source>--batch: cannot read &apos;%1&apos;: %2.</source>
        <translation>--batch: &apos;%1&apos;을(를) 읽을 수 없습니다: %2.</translation>
    </message>
    <message>
        <source>The postgresql.conf settings PGTune (pgtune.leopard.in.ua) gives for a machine: the same rules, the same values, the same order, the same comments.

--batch FILE (- for standard input) reads JSON Lines, one machine per line, with PGTune&apos;s keys: dbVersion, osType, dbType, totalMemory, totalMemoryUnit, cpuNum, connectionNum, hdType, dbSize. Missing keys and null take the defaults below (totalMemoryUnit GB); totalMemory is required; cpuNum and connectionNum may be null or &quot;&quot;. It writes one line {&quot;out&quot;: {&quot;parameter&quot;: &quot;value&quot;, ...}} per machine, parameters in PGTune&apos;s order, values as printed (&quot;256MB&quot;, &quot;0.9&quot;). Blank lines are skipped. At the first bad line it stops: every line before it has been written in full, nothing is written for it or after it, and one line on standard error names the line number and the key; exit 2.

Exit 0: done; 2: bad input.</source>
        <translation>PGTune(pgtune.leopard.in.ua)이 머신 하나에 대해 내는 postgresql.conf 설정을 출력합니다. 규칙, 값, 순서, 주석 모두 PGTune과 같습니다.

--batch FILE(표준 입력은 -)은 JSON Lines를 읽습니다. 한 줄에 머신 하나이며 PGTune의 키를 씁니다: dbVersion, osType, dbType, totalMemory, totalMemoryUnit, cpuNum, connectionNum, hdType, dbSize. 빠진 키와 null은 아래 기본값을 따르고(totalMemoryUnit은 GB), totalMemory는 필수이며, cpuNum과 connectionNum은 null이나 &quot;&quot;여도 됩니다. 머신마다 {&quot;out&quot;: {&quot;parameter&quot;: &quot;value&quot;, ...}} 한 줄을 쓰며, 파라미터는 PGTune 순서, 값은 출력 형식 그대로입니다(&quot;256MB&quot;, &quot;0.9&quot;). 빈 줄은 건너뜁니다. 잘못된 줄을 만나면 바로 멈춥니다. 그 앞의 줄은 모두 빠짐없이 쓰였고, 그 줄과 이후 줄은 하나도 쓰지 않으며, 표준 오류에 줄 번호와 키를 알리는 한 줄을 남기고 종료 코드 2로 끝납니다.

종료 코드 0: 완료, 2: 잘못된 입력.</translation>
    </message>
    <message>
        <source>PostgreSQL major version, %1 to %2 (default %2).</source>
        <translation>PostgreSQL 메이저 버전, %1~%2(기본값 %2).</translation>
    </message>
    <message>
        <source>Operating system: linux, windows or mac (default linux).</source>
        <translation>운영 체제: linux, windows, mac 중 하나(기본값 linux).</translation>
    </message>
    <message>
        <source>Workload: web, oltp, dw (data warehouse), desktop or mixed (default web).</source>
        <translation>워크로드: web, oltp, dw(데이터 웨어하우스), desktop, mixed 중 하나(기본값 web).</translation>
    </message>
    <message>
        <source>Total memory (RAM): a whole number followed by MB, GB or TB (1GB = 1024MB), e.g. 8GB. Required.</source>
        <translation>전체 메모리(RAM): 정수 뒤에 MB, GB, TB를 붙여 씁니다(1GB = 1024MB). 예: 8GB. 필수.</translation>
    </message>
    <message>
        <source>Number of CPUs, 1 to %1 (default: not given).</source>
        <translation>CPU 수, 1~%1(기본값: 지정 안 함).</translation>
    </message>
    <message>
        <source>Maximum connections, 1 to %1 (default: by workload, web 200, oltp 300, dw 40, desktop 20, mixed 100).</source>
        <translation>최대 커넥션 수, 1~%1(기본값은 워크로드별: web 200, oltp 300, dw 40, desktop 20, mixed 100).</translation>
    </message>
    <message>
        <source>Data storage: ssd, nvme, san or hdd (default ssd).</source>
        <translation>데이터 스토리지: ssd, nvme, san, hdd 중 하나(기본값 ssd).</translation>
    </message>
    <message>
        <source>Database size compared with RAM: less_ram, mid_ram or greater_ram (default mid_ram).</source>
        <translation>RAM 대비 데이터베이스 크기: less_ram, mid_ram, greater_ram 중 하나(기본값 mid_ram).</translation>
    </message>
    <message>
        <source>Output: conf (postgresql.conf lines) or alter-system (ALTER SYSTEM statements); default conf.</source>
        <translation>출력: conf(postgresql.conf 줄) 또는 alter-system(ALTER SYSTEM 문). 기본값 conf.</translation>
    </message>
    <message>
        <source>Read machines as JSON Lines from FILE (- for standard input); see above.</source>
        <translation>FILE에서 머신 목록을 JSON Lines로 읽습니다(표준 입력은 -). 위 설명 참고.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;; every input is an option, e.g. headroom tune --memory 8GB.</source>
        <translation>예상하지 못한 인자 &apos;%1&apos;입니다. 모든 입력은 옵션으로 지정합니다. 예: headroom tune --memory 8GB.</translation>
    </message>
    <message>
        <source>--%1 cannot be used with --batch: each line gives its own inputs and the output is JSON Lines.</source>
        <translation>--%1은(는) --batch와 함께 쓸 수 없습니다. 각 줄이 자체 입력을 가지며 출력은 JSON Lines입니다.</translation>
    </message>
    <message>
        <source>--format: &apos;%1&apos; is not one of conf, alter-system.</source>
        <translation>--format: &apos;%1&apos;은(는) conf, alter-system 중 하나가 아닙니다.</translation>
    </message>
    <message>
        <source>PGTune-compatible postgresql.conf</source>
        <translation>PGTune 호환 postgresql.conf</translation>
    </message>
</context>
<context>
    <name>WhatIf</name>
    <message>
        <source>Unknown service &quot;%1&quot;.</source>
        <translation>알 수 없는 서비스 &quot;%1&quot;입니다.</translation>
    </message>
    <message>
        <source>Service &quot;%1&quot; has no input &quot;%2&quot;.</source>
        <translation>서비스 &quot;%1&quot;에 입력 &quot;%2&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <source>The plan has no service &quot;%1&quot;.</source>
        <translation>플랜에 서비스 &quot;%1&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role; use primary or replica.</source>
        <translation>&quot;%1&quot;은(는) 역할이 아닙니다. primary 또는 replica를 쓰세요.</translation>
    </message>
    <message>
        <source>%1 has no %2 sized.</source>
        <translation>%1에는 사이징된 %2이(가) 없습니다.</translation>
    </message>
    <message>
        <source>The range of &quot;%1&quot; must be %2.</source>
        <translation>&quot;%1&quot;의 범위는 %2(으)로 지정해야 합니다.</translation>
    </message>
    <message>
        <source>A sweep needs at least two points and a range from low to high.</source>
        <translation>스윕에는 점이 최소 두 개 필요하고, 범위는 낮은 값에서 높은 값 순이어야 합니다.</translation>
    </message>
</context>
<context>
    <name>WhatIfLabels</name>
    <message>
        <source>Breaks at %1 %2</source>
        <comment>a value, then the input&apos;s name</comment>
        <translation>%2 %1에서 한계</translation>
    </message>
    <message>
        <source>Breaks at %1</source>
        <translation>%1에서 한계</translation>
    </message>
    <message>
        <source>%1: the memory it needs, %2, rises above the container limit of %3.</source>
        <translation>%1: 필요한 메모리 %2이(가) 컨테이너 제한 %3을(를) 넘습니다.</translation>
    </message>
    <message>
        <source>%1: the memory it needs, %2, rises above the tier&apos;s %3.</source>
        <translation>%1: 필요한 메모리 %2이(가) 티어의 %3을(를) 넘습니다.</translation>
    </message>
    <message>
        <source>%1: the memory it needs, %2, rises above the largest node&apos;s %3.</source>
        <translation>%1: 필요한 메모리 %2이(가) 가장 큰 노드의 %3을(를) 넘습니다.</translation>
    </message>
    <message>
        <source>%1: the IOPS it needs, %2, rise above its storage class&apos;s ceiling of %3.</source>
        <translation>%1: 필요한 IOPS %2이(가) 스토리지 클래스의 상한 %3을(를) 넘습니다.</translation>
    </message>
</context>
<context>
    <name>headroom</name>
    <message>
        <source>cancelled.</source>
        <translation>취소되었습니다.</translation>
    </message>
</context>
<context>
    <name>headroom::AddNodePoolDialog</name>
    <message>
        <source>Add Node Pool</source>
        <translation>노드 풀 추가</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>Allocatable CPU per node, in cores or m.</source>
        <translation>노드당 할당 가능한 CPU(코어 또는 m 단위).</translation>
    </message>
    <message>
        <source>Allocatable memory per node, in Mi, Gi or Ti.</source>
        <translation>노드당 할당 가능한 메모리(Mi, Gi, Ti 단위).</translation>
    </message>
    <message>
        <source>&amp;Memory per node:</source>
        <translation>노드당 메모리(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Pods per node:</source>
        <translation>노드당 파드 수(&amp;P):</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>가격 없음</translation>
    </message>
    <message>
        <source> per hour</source>
        <translation> /시간</translation>
    </message>
    <message>
        <source>P&amp;rice per node:</source>
        <translation>노드당 가격(&amp;R):</translation>
    </message>
    <message>
        <source>Autoscaling is set in the property editor once the pool exists.</source>
        <translation>오토스케일링은 풀을 만든 뒤 속성 편집기에서 설정합니다.</translation>
    </message>
    <message>
        <source>A node needs some CPU.</source>
        <translation>노드에는 CPU가 있어야 합니다.</translation>
    </message>
    <message>
        <source>CPU: %1</source>
        <translation>CPU: %1</translation>
    </message>
    <message>
        <source>A node needs some memory.</source>
        <translation>노드에는 메모리가 있어야 합니다.</translation>
    </message>
    <message>
        <source>Memory: %1</source>
        <translation>메모리: %1</translation>
    </message>
    <message>
        <source>CP&amp;U per node:</source>
        <translation>노드당 CPU(&amp;U):</translation>
    </message>
    <message>
        <source>No&amp;des:</source>
        <translation>노드 수(&amp;D):</translation>
    </message>
</context>
<context>
    <name>headroom::AddServiceDialog</name>
    <message>
        <source>Give it a name.</source>
        <translation>이름을 입력하세요.</translation>
    </message>
    <message>
        <source>A name is lower-case letters, digits and &apos;-&apos;, starts with a letter and has at most 53 characters.</source>
        <translation>이름은 영문 소문자로 시작하고 소문자, 숫자, &apos;-&apos;로 이루어진 53자 이하여야 합니다.</translation>
    </message>
    <message>
        <source>The plan already has %1.</source>
        <translation>플랜에 이미 %1이(가) 있습니다.</translation>
    </message>
    <message>
        <source>Add Service</source>
        <translation>서비스 추가</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>종류(&amp;K):</translation>
    </message>
    <message>
        <source>a Helm release name, e.g. app-db</source>
        <translation>Helm 릴리스 이름, 예: app-db</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>티어(&amp;T):</translation>
    </message>
</context>
<context>
    <name>headroom::ClusterView</name>
    <message>
        <source>Node</source>
        <translation>노드</translation>
    </message>
    <message>
        <source>Pods</source>
        <translation>파드</translation>
    </message>
    <message>
        <source>CPU requested</source>
        <translation>CPU 요청량</translation>
    </message>
    <message>
        <source>Memory requested</source>
        <translation>메모리 요청량</translation>
    </message>
    <message>
        <source>Pods on it</source>
        <translation>배치된 파드</translation>
    </message>
    <message>
        <source>Pod</source>
        <translation>파드</translation>
    </message>
    <message>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <source>Why it does not fit</source>
        <translation>배치되지 않는 이유</translation>
    </message>
    <message>
        <source>%1 of %2 nodes used</source>
        <translation>노드 %2개 중 %1개 사용</translation>
    </message>
    <message>
        <source>%1, %2 per month</source>
        <translation>%1, 월 %2</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <translation>%1-%2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Every pod has a node.</source>
        <translation>모든 파드가 노드에 배치되었습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s) cannot be placed:</source>
        <translation>
            <numerusform>파드 %n개를 배치할 수 없습니다:</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan has no node pools, so there is nothing to place pods on.</source>
        <translation>플랜에 노드 풀이 없어 파드를 배치할 곳이 없습니다.</translation>
    </message>
    <message>
        <source>%1 Estimated cost: %2 per month.</source>
        <translation>%1 예상 비용: 월 %2.</translation>
    </message>
    <message>
        <source>p99 %1, max %2</source>
        <translation>p99 %1, 최댓값 %2</translation>
    </message>
    <message>
        <source>Measured p99 %1 and peak %2, added up over the measured pods; they request %3.</source>
        <translation>측정된 p99 %1, 최댓값 %2 (측정된 파드들의 합). 이 파드들의 요청량은 %3입니다.</translation>
    </message>
    <message>
        <source>%1 The p99 is above the requests: the scheduler counts on less than these pods use.</source>
        <translation>%1 p99가 요청량보다 높습니다. 스케줄러는 이 파드들이 실제로 쓰는 것보다 적게 계산합니다.</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>측정값</translation>
    </message>
    <message>
        <source>What the measured pods of this node used over their window, each pod counted with its service&apos;s per-pod p99 and peak. Pods seldom peak together: the sum of the peaks is an upper bound.</source>
        <translation>이 노드에서 측정된 파드들이 측정 기간 동안 사용한 양입니다. 각 파드는 서비스의 파드당 p99와 최댓값으로 계산합니다. 파드들이 동시에 최댓값에 이르는 일은 드물므로 최댓값의 합은 상한입니다.</translation>
    </message>
    <message>
        <source>their requests: %1 CPU, %2 memory</source>
        <translation>요청량: CPU %1, 메모리 %2</translation>
    </message>
    <message>
        <source>empty · %1 free</source>
        <translation>비어 있음 · %1 여유</translation>
    </message>
    <message>
        <source>none requested · %1 free</source>
        <translation>요청 없음 · %1 여유</translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s) placed on %1.</source>
        <comment>%1 is the number of nodes, e.g. 3 nodes</comment>
        <translation>
            <numerusform>파드 %n개를 %1에 배치했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>노드 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>headroom::CompareDialog</name>
    <message>
        <source>Compare Plans</source>
        <translation>플랜 비교</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>What</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>이전</translation>
    </message>
    <message>
        <source>After</source>
        <translation>이후</translation>
    </message>
    <message>
        <source>Cannot compare with %1: %2</source>
        <translation>%1과(와) 비교할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>No differences in resources, settings, storage, nodes or cost between %1 and %2.</source>
        <translation>%1과(와) %2 사이에 리소스, 설정, 스토리지, 노드, 비용의 차이가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from %1 (before) to %2 (after):</source>
        <translation>
            <numerusform>%1(이전)에서 %2(이후)로 바뀐 항목 %n개:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>headroom::EditedFileDialog</name>
    <message>
        <source>Edited Export File</source>
        <translation>수정된 내보내기 파일</translation>
    </message>
    <message>
        <source>%1 was changed since Headroom wrote it. Overwrite it with the new export, or keep it? Keeping it writes no file at all, so that the folder&apos;s files still match.</source>
        <translation>%1은(는) Headroom이 쓴 뒤에 수정되었습니다. 새로 내보낸 내용으로 덮어쓸까요, 아니면 그대로 둘까요? 그대로 두면 폴더의 파일들이 서로 어긋나지 않도록 어떤 파일도 쓰지 않습니다.</translation>
    </message>
    <message>
        <source>Show &amp;Diff</source>
        <translation>차이 보기(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>덮어쓰기(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>내 파일 유지(&amp;K)</translation>
    </message>
</context>
<context>
    <name>headroom::ExportDialog</name>
    <message>
        <source>Export Plan</source>
        <translation>플랜 내보내기</translation>
    </message>
</context>
<context>
    <name>headroom::ExportFilesModel</name>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
</context>
<context>
    <name>headroom::ExportServicesModel</name>
    <message>
        <source>Service</source>
        <translation>서비스</translation>
    </message>
</context>
<context>
    <name>headroom::ExportsView</name>
    <message>
        <source>ALTER SYSTEM statements</source>
        <translation>ALTER SYSTEM 문</translation>
    </message>
    <message>
        <source>Services:</source>
        <translation>서비스:</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>파일:</translation>
    </message>
    <message>
        <source>Write Export Files</source>
        <translation>내보내기 파일 쓰기</translation>
    </message>
    <message>
        <source>No service is selected.</source>
        <translation>선택한 서비스가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written, %1 unchanged</source>
        <translation>
            <numerusform>파일 %n개 작성, %1개 변경 없음</numerusform>
        </translation>
    </message>
    <message>
        <source>a postgresql.conf file</source>
        <translation>postgresql.conf 파일</translation>
    </message>
    <message>
        <source>How the PostgreSQL settings files (*.postgresql.conf) are written: as a postgresql.conf or as SQL for ALTER SYSTEM. The Helm values files do not change.</source>
        <translation>PostgreSQL 설정 파일(*.postgresql.conf)을 쓰는 방식: postgresql.conf 형식 또는 ALTER SYSTEM용 SQL. Helm values 파일은 바뀌지 않습니다.</translation>
    </message>
    <message>
        <source>PostgreS&amp;QL settings as:</source>
        <translation>PostgreSQL 설정 형식(&amp;Q):</translation>
    </message>
    <message>
        <source>Nothing written: you kept your edits to %1, and the new files would not match it.</source>
        <translation>아무 파일도 쓰지 않았습니다: %1의 수정 내용을 유지했으므로 새 파일들과 맞지 않습니다.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>클러스터</translation>
    </message>
    <message>
        <source>Export Despite Errors?</source>
        <translation>오류가 있는데도 내보낼까요?</translation>
    </message>
    <message numerus="yes">
        <source>The plan has %n finding(s) of error severity; the files would deploy what they say will not hold. Write them anyway?</source>
        <translation>
            <numerusform>계획에 오류 수준의 발견 사항이 %n개 있습니다. 이 파일을 배포하면 발견 사항이 버티지 못한다고 말하는 설정이 그대로 배포됩니다. 그래도 쓸까요?</numerusform>
        </translation>
    </message>
    <message>
        <source>Prof&amp;ile:</source>
        <translation>프로필(&amp;I):</translation>
    </message>
    <message>
        <source>C&amp;opy File</source>
        <translation>파일 복사(&amp;O)</translation>
    </message>
    <message>
        <source>Write to Fol&amp;der…</source>
        <translation>폴더에 쓰기(&amp;D)…</translation>
    </message>
    <message>
        <source>On the command line: --profile %1</source>
        <translation>명령줄에서는 --profile %1</translation>
    </message>
</context>
<context>
    <name>headroom::FindingsModel</name>
    <message>
        <source>Fix: %1</source>
        <translation>해결 방법: %1</translation>
    </message>
    <message>
        <source>Headroom can apply: %1</source>
        <translation>Headroom이 적용할 수 있음: %1</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>클러스터</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>심각도</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>서비스</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>진단 결과</translation>
    </message>
</context>
<context>
    <name>headroom::FindingsPanel</name>
    <message>
        <source>Findin&amp;gs</source>
        <translation>진단 결과(&amp;G)</translation>
    </message>
    <message>
        <source>Appl&amp;y Fix</source>
        <translation>수정 적용(&amp;Y)</translation>
    </message>
    <message>
        <source>Apply A&amp;ll Fixes</source>
        <translation>모든 수정 적용(&amp;L)</translation>
    </message>
    <message>
        <source>Every finding&apos;s recommendation, as headroom check --apply writes it, as one undo step.</source>
        <translation>모든 진단 결과의 권장 사항을 headroom check --apply가 쓰는 그대로, 실행 취소 한 단계로 적용합니다.</translation>
    </message>
    <message numerus="yes">
        <source>Fixes %n of the selected findings as one undo step.</source>
        <translation>
            <numerusform>선택한 진단 결과 %n건을 실행 취소 한 단계로 수정합니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>headroom::ImportDialog</name>
    <message>
        <source>Import from PostgreSQL</source>
        <translation>PostgreSQL에서 가져오기</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>서버</translation>
    </message>
    <message>
        <source>host=db1 port=5432 user=monitor dbname=postgres sslmode=verify-full</source>
        <translation>host=db1 port=5432 user=monitor dbname=postgres sslmode=verify-full</translation>
    </message>
    <message>
        <source>A libpq connection string: key=value pairs, a postgresql:// URI or service=NAME.</source>
        <translation>libpq 연결 문자열: key=value 쌍, postgresql:// URI 또는 service=NAME.</translation>
    </message>
    <message>
        <source>&amp;Primary:</source>
        <translation>프라이머리(&amp;P):</translation>
    </message>
    <message>
        <source>One connection string per line. Empty: the standbys in the primary&apos;s pg_stat_replication are tried.</source>
        <translation>한 줄에 연결 문자열 하나. 비워 두면 프라이머리의 pg_stat_replication에 있는 스탠바이에 연결을 시도합니다.</translation>
    </message>
    <message>
        <source>&amp;Replicas:</source>
        <translation>레플리카(&amp;R):</translation>
    </message>
    <message>
        <source>Empty: the password file (~/.pgpass) or PGPASSWORD</source>
        <translation>비워 두면 비밀번호 파일(~/.pgpass) 또는 PGPASSWORD 사용</translation>
    </message>
    <message>
        <source>Used for this measurement only; never saved in the plan, the settings or a recovery file.</source>
        <translation>이번 측정에만 쓰며 플랜, 설정, 복구 파일 어디에도 저장하지 않습니다.</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>비밀번호(&amp;W):</translation>
    </message>
    <message>
        <source> s</source>
        <translation>초</translation>
    </message>
    <message>
        <source>Counters are read twice, this far apart, to get rates.</source>
        <translation>초당 처리율을 구하려고 이 간격을 두고 카운터를 두 번 읽습니다.</translation>
    </message>
    <message>
        <source>The role needs pg_monitor (GRANT pg_monitor TO monitor;).</source>
        <translation>롤에 pg_monitor 권한이 있어야 합니다(GRANT pg_monitor TO monitor;).</translation>
    </message>
    <message>
        <source>Into</source>
        <translation>가져올 위치</translation>
    </message>
    <message>
        <source>A &amp;new plan, service:</source>
        <translation>새 플랜(&amp;N), 서비스:</translation>
    </message>
    <message>
        <source>&amp;Update the measured inputs of:</source>
        <translation>측정한 입력값 갱신 대상(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>측정(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Cancel measuring</source>
        <translation>측정 취소(&amp;C)</translation>
    </message>
    <message>
        <source>Not measured yet.</source>
        <translation>아직 측정하지 않았습니다.</translation>
    </message>
    <message>
        <source>What was measured, the findings and what the plan becomes appear here before anything is applied.</source>
        <translation>적용하기 전에 측정한 내용, 진단 결과, 바뀔 플랜이 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>가져오기(&amp;I)</translation>
    </message>
    <message>
        <source>Cancelled; nothing was measured.</source>
        <translation>취소되었습니다. 측정한 내용이 없습니다.</translation>
    </message>
    <message>
        <source>The server asks for a password: enter it above and measure again.</source>
        <translation>서버가 비밀번호를 요구합니다. 위에 입력하고 다시 측정하세요.</translation>
    </message>
    <message>
        <source>The measurement failed.</source>
        <translation>측정에 실패했습니다.</translation>
    </message>
    <message>
        <source>Measured %1 over %2 s. Check the summary, then Import.</source>
        <translation>%1을(를) %2초 동안 측정했습니다. 요약을 확인한 뒤 가져오기를 누르세요.</translation>
    </message>
    <message>
        <source>Name the service to import into.</source>
        <translation>가져올 대상 서비스의 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>Import updates %1: requests per second, read share, client connections, measured commits and connections per role, dataset. Everything else stays as you set it.</source>
        <translation>가져오기는 %1의 초당 요청 수, 읽기 비율, 클라이언트 커넥션, 역할별 측정 커밋 수와 커넥션 수, 데이터셋을 갱신합니다. 나머지는 설정한 그대로 둡니다.</translation>
    </message>
    <message>
        <source>Import replaces the open plan with a new one holding service %1 (undo brings the old one back).</source>
        <translation>가져오기는 열려 있는 플랜을 서비스 %1이(가) 담긴 새 플랜으로 바꿉니다(실행 취소로 이전 플랜을 되돌릴 수 있음).</translation>
    </message>
    <message>
        <source>Findings: %1</source>
        <translation>진단 결과: %1</translation>
    </message>
    <message>
        <source>  recommendation: %1</source>
        <translation>  권장 사항: %1</translation>
    </message>
    <message>
        <source>In&amp;terval:</source>
        <translation>간격(&amp;T):</translation>
    </message>
</context>
<context>
    <name>headroom::LiveImporter</name>
    <message>
        <source>Connecting to the primary…</source>
        <translation>프라이머리에 연결하는 중…</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>프라이머리</translation>
    </message>
    <message>
        <source>Connecting to the replica %1…</source>
        <translation>레플리카 %1에 연결하는 중…</translation>
    </message>
    <message>
        <source>replica</source>
        <translation>레플리카</translation>
    </message>
    <message>
        <source>the primary streams to &apos;%1&apos; over a local socket; give it with --replica.</source>
        <translation>프라이머리가 로컬 소켓으로 &apos;%1&apos;에 스트리밍합니다. --replica로 지정하세요.</translation>
    </message>
    <message>
        <source>Trying the standby %1 found in pg_stat_replication…</source>
        <translation>pg_stat_replication에서 찾은 스탠바이 %1에 연결을 시도하는 중…</translation>
    </message>
    <message>
        <source>the primary streams to &apos;%1&apos; at %2, but port %3 there is not that standby; give it with --replica.</source>
        <translation>프라이머리가 %2의 &apos;%1&apos;에 스트리밍하지만 그곳의 포트 %3은(는) 해당 스탠바이가 아닙니다. --replica로 지정하세요.</translation>
    </message>
    <message>
        <source>Reading the statistics…</source>
        <translation>통계를 읽는 중…</translation>
    </message>
    <message>
        <source>the server given as the primary (%1) is a standby; give the primary&apos;s connection string first.</source>
        <translation>프라이머리로 지정한 서버(%1)가 스탠바이입니다. 프라이머리의 연결 문자열을 먼저 지정하세요.</translation>
    </message>
    <message>
        <source>the server given as a replica (%1) is not a standby.</source>
        <translation>레플리카로 지정한 서버(%1)가 스탠바이가 아닙니다.</translation>
    </message>
    <message>
        <source>Sampling: %1 of %2 s…</source>
        <translation>샘플링 중: %2초 중 %1초…</translation>
    </message>
    <message>
        <source>Reading the statistics again…</source>
        <translation>통계를 다시 읽는 중…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>완료.</translation>
    </message>
    <message>
        <source>the primary streams to &apos;%1&apos; at %2, which could not be measured on port %3 (%4); give it with --replica.</source>
        <translation>프라이머리가 %2의 &apos;%1&apos;에 스트리밍하지만 포트 %3에서 측정할 수 없었습니다(%4). --replica로 지정하세요.</translation>
    </message>
</context>
<context>
    <name>headroom::MainWindow</name>
    <message>
        <source>&amp;Sizing</source>
        <translation>사이징(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;What-if</source>
        <translation>가정 분석(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Cluster</source>
        <translation>클러스터(&amp;C)</translation>
    </message>
    <message>
        <source>E&amp;xports</source>
        <translation>내보내기(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>새로 만들기(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>다른 이름으로 저장(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>환경 설정(&amp;P)…</translation>
    </message>
    <message>
        <source>The new language applies the next time Headroom starts.</source>
        <translation>새 언어는 Headroom을 다시 시작하면 적용됩니다.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Headroom</source>
        <translation>Headroom 정보(&amp;A)</translation>
    </message>
    <message>
        <source>About Headroom</source>
        <translation>Headroom 정보</translation>
    </message>
    <message>
        <source>Cannot show the plan</source>
        <translation>플랜을 표시할 수 없음</translation>
    </message>
    <message>
        <source>Cannot open the plan</source>
        <translation>플랜을 열 수 없음</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 열림</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>서비스 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 per month</source>
        <translation>%1, 월 %2</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>해결 방법: %1</translation>
    </message>
    <message>
        <source>%1[*] - Headroom</source>
        <translation>%1[*] - Headroom</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>목록 지우기(&amp;C)</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>저장하지 않은 변경 사항</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1에 저장하지 않은 변경 사항이 있습니다. 저장할까요?</translation>
    </message>
    <message>
        <source>Cannot save the plan</source>
        <translation>플랜을 저장할 수 없음</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 저장함</translation>
    </message>
    <message>
        <source>Save Plan As</source>
        <translation>다른 이름으로 플랜 저장</translation>
    </message>
    <message>
        <source>Plans (*.yaml *.yml)</source>
        <translation>플랜 (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Open Plan</source>
        <translation>플랜 열기</translation>
    </message>
    <message>
        <source>Plans (*.yaml *.yml);;All files (*)</source>
        <translation>플랜 (*.yaml *.yml);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Helm values, postgresql.conf, pgbouncer.ini and my.cnf, as headroom export writes them.</source>
        <translation>headroom export가 쓰는 것과 같은 Helm values, postgresql.conf, pgbouncer.ini, my.cnf.</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>플랜(&amp;P)</translation>
    </message>
    <message>
        <source>Add &amp;Service…</source>
        <translation>서비스 추가(&amp;S)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Add &amp;Node Pool…</source>
        <translation>노드 풀 추가(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Remove Selected</source>
        <translation>선택 항목 제거(&amp;R)</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>오류 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>경고 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed %1. Undo brings it back.</source>
        <translation>%1을(를) 제거했습니다. 실행 취소로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Import from PostgreSQL…</source>
        <translation>PostgreSQL에서 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Import from PostgreSQL</source>
        <translation>PostgreSQL에서 가져오기</translation>
    </message>
    <message>
        <source>Measure a running primary and its replicas into a new plan or a service&apos;s inputs.</source>
        <translation>실행 중인 프라이머리와 레플리카를 측정해 새 플랜이나 서비스의 입력값으로 가져옵니다.</translation>
    </message>
    <message>
        <source>Open the Sa&amp;mple Plan</source>
        <translation>예제 플랜 열기(&amp;M)</translation>
    </message>
    <message>
        <source>Export Re&amp;port…</source>
        <translation>보고서 내보내기(&amp;P)…</translation>
    </message>
    <message>
        <source>The plan&apos;s sizing, findings, cluster fit, storage and what-if charts as a PDF or HTML document, as headroom report writes it.</source>
        <translation>플랜의 크기 산정, 발견 사항, 클러스터 배치, 스토리지와 what-if 차트를 headroom report가 쓰는 것과 같은 PDF 또는 HTML 문서로 내보냅니다.</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>되돌리기(&amp;V)</translation>
    </message>
    <message>
        <source>Reload the plan&apos;s file, dropping the changes made since it was saved.</source>
        <translation>저장한 뒤의 변경 사항을 버리고 플랜 파일을 다시 읽습니다.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>닫기(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Handbook</source>
        <translation>안내서(&amp;H)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt 정보(&amp;Q)</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be opened: %n problem(s).</source>
        <translation>
            <numerusform>%1을(를) 열 수 없습니다: 문제 %n개.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the sample plan</source>
        <translation>예제 플랜을 열 수 없습니다</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>되돌리기</translation>
    </message>
    <message>
        <source>Drop the unsaved changes to %1 and reload it from its file?</source>
        <translation>%1의 저장하지 않은 변경 사항을 버리고 파일에서 다시 읽을까요?</translation>
    </message>
    <message>
        <source>Reverted to the saved %1</source>
        <translation>저장된 %1(으)로 되돌렸습니다</translation>
    </message>
    <message>
        <source>Cannot export the report</source>
        <translation>보고서를 내보낼 수 없습니다</translation>
    </message>
    <message>
        <source>Wrote the report to %1</source>
        <translation>보고서를 %1에 썼습니다</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>보고서 내보내기</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;HTML pages (*.html)</source>
        <translation>PDF 문서 (*.pdf);;HTML 페이지 (*.html)</translation>
    </message>
    <message>
        <source>Cannot open the handbook</source>
        <translation>안내서를 열 수 없습니다</translation>
    </message>
    <message>
        <source>The handbook is not installed.</source>
        <translation>안내서가 설치되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>No program opens %1.</source>
        <translation>%1을(를) 여는 프로그램이 없습니다.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Headroom&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;A capacity planner for data services on Kubernetes.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Headroom&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Kubernetes에서 운영하는 데이터 서비스를 위한 용량 계획 도구입니다.&lt;/p&gt;&lt;p&gt;Apache License 2.0으로 배포됩니다.&lt;/p&gt;&lt;p&gt;Qt %2로 빌드했습니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Headroom</source>
        <translation>Headroom</translation>
    </message>
    <message>
        <source>%1 (sample)[*] - Headroom</source>
        <translation>%1 (예제)[*] - Headroom</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Compare &amp;with…</source>
        <translation>비교(&amp;W)…</translation>
    </message>
    <message>
        <source>The differences between this plan and another plan file, as headroom diff shows them.</source>
        <translation>headroom diff가 보여 주는 것처럼, 이 플랜과 다른 플랜 파일의 차이를 보여 줍니다.</translation>
    </message>
    <message>
        <source>Compare with Plan</source>
        <translation>비교할 플랜</translation>
    </message>
    <message>
        <source>Plan Se&amp;ttings</source>
        <translation>플랜 설정(&amp;T)</translation>
    </message>
    <message>
        <source>Import from Prome&amp;theus…</source>
        <translation>Prometheus에서 가져오기(&amp;T)…</translation>
    </message>
    <message>
        <source>Measure what every release used over a window from Prometheus, Thanos or Mimir into a new plan or the open plan&apos;s services.</source>
        <translation>Prometheus, Thanos 또는 Mimir에서 기간 동안 각 릴리스가 사용한 양을 측정해 새 플랜이나 열린 플랜의 서비스에 넣습니다.</translation>
    </message>
    <message>
        <source>Import from Prometheus</source>
        <translation>Prometheus에서 가져오기</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
</context>
<context>
    <name>headroom::PgConnection</name>
    <message>
        <source>the %1&apos;s connection string is not valid: %2</source>
        <translation>%1의 연결 문자열이 올바르지 않습니다: %2</translation>
    </message>
    <message>
        <source>cannot connect to the %1: out of memory.</source>
        <translation>%1에 연결할 수 없습니다: 메모리 부족.</translation>
    </message>
    <message>
        <source>cannot connect to the %1 (%2): %3</source>
        <translation>%1(%2)에 연결할 수 없습니다: %3</translation>
    </message>
    <message>
        <source>lost the connection to the %1 %2 while sampling: %3</source>
        <translation>샘플링 중 %1 %2와(과)의 연결이 끊겼습니다: %3</translation>
    </message>
    <message>
        <source>the %1 %2 refused a statistics query: %3</source>
        <translation>%1 %2이(가) 통계 쿼리를 거부했습니다: %3</translation>
    </message>
    <message>
        <source>(a connection string libpq cannot read)</source>
        <translation>(libpq가 읽을 수 없는 연결 문자열)</translation>
    </message>
    <message>
        <source>cancelled.</source>
        <translation>취소되었습니다.</translation>
    </message>
    <message>
        <source>cannot connect to the %1 (%2): no answer within %3 s.</source>
        <translation>%1(%2)에 연결할 수 없습니다: %3초 안에 응답이 없습니다.</translation>
    </message>
    <message>
        <source>replica</source>
        <translation>레플리카</translation>
    </message>
    <message>
        <source>the %1 %2 did not answer a statistics query within %3 s.</source>
        <translation>%1 %2이(가) %3초 안에 통계 쿼리에 응답하지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>headroom::PgStatsSampler</name>
    <message>
        <source>role &apos;%1&apos; on the %2 %3 may not read the statistics of other sessions: grant it the pg_monitor role (GRANT pg_monitor TO &quot;%1&quot;;) or connect as a member of it.</source>
        <translation>%2 %3의 롤 &apos;%1&apos;은(는) 다른 세션의 통계를 읽을 권한이 없습니다. pg_monitor 롤을 부여하거나(GRANT pg_monitor TO &quot;%1&quot;;) pg_monitor 멤버로 접속하세요.</translation>
    </message>
</context>
<context>
    <name>headroom::PlanDocument</name>
    <message>
        <source>Untitled</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <source>Untitled plan</source>
        <translation>제목 없는 플랜</translation>
    </message>
    <message>
        <source>The plan has no file yet; use Save As.</source>
        <translation>플랜이 아직 파일로 저장되지 않았습니다. 다른 이름으로 저장을 사용하세요.</translation>
    </message>
    <message>
        <source>Add %1 (%2)</source>
        <translation>%1 (%2) 추가</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 제거</translation>
    </message>
    <message>
        <source>Add node pool %1</source>
        <translation>노드 풀 %1 추가</translation>
    </message>
    <message>
        <source>Remove node pool %1</source>
        <translation>노드 풀 %1 제거</translation>
    </message>
    <message>
        <source>Change node pool %1</source>
        <translation>노드 풀 %1 변경</translation>
    </message>
    <message>
        <source>Change the plan&apos;s settings</source>
        <translation>플랜 설정 변경</translation>
    </message>
    <message>
        <source>Set tier of %1 to %2</source>
        <translation>%1의 티어를 %2(으)로 설정</translation>
    </message>
    <message>
        <source>Set %1 of %2 to %3</source>
        <translation>%2의 %1을(를) %3(으)로 설정</translation>
    </message>
    <message>
        <source>Reset %1 of %2 to its default</source>
        <translation>%2의 %1을(를) 기본값으로 초기화</translation>
    </message>
    <message>
        <source>Set replicas of %1 to %2</source>
        <translation>%1의 레플리카 수를 %2(으)로 설정</translation>
    </message>
    <message>
        <source>Use the default storage class for %1</source>
        <translation>%1에 기본 스토리지 클래스 사용</translation>
    </message>
    <message>
        <source>Set storage class of %1 to %2</source>
        <translation>%1의 스토리지 클래스를 %2(으)로 설정</translation>
    </message>
    <message>
        <source>Fix %1: %2</source>
        <translation>%1 수정: %2</translation>
    </message>
    <message>
        <source>Add read replicas to %1</source>
        <translation>%1에 읽기 레플리카 추가</translation>
    </message>
    <message>
        <source>Remove the read replicas of %1</source>
        <translation>%1의 읽기 레플리카 제거</translation>
    </message>
    <message>
        <source>Change the primary and replicas of %1</source>
        <translation>%1의 프라이머리와 레플리카 변경</translation>
    </message>
    <message>
        <source>Set read replicas of %1 to %2</source>
        <translation>%1의 읽기 레플리카를 %2개로 설정</translation>
    </message>
    <message>
        <source>Put PgBouncer in front of %1</source>
        <translation>%1 앞에 PgBouncer 두기</translation>
    </message>
    <message>
        <source>Remove PgBouncer from %1</source>
        <translation>%1에서 PgBouncer 제거</translation>
    </message>
    <message>
        <source>Set the pool mode of %1 to %2</source>
        <translation>%1의 풀 모드를 %2(으)로 설정</translation>
    </message>
    <message>
        <source>Change the requests of %1</source>
        <translation>%1의 요청 수 변경</translation>
    </message>
    <message>
        <source>Change the read share of %1</source>
        <translation>%1의 읽기 비율 변경</translation>
    </message>
    <message>
        <source>Change the client connections of %1</source>
        <translation>%1의 클라이언트 커넥션 변경</translation>
    </message>
    <message>
        <source>Change the primary of %1</source>
        <translation>%1의 프라이머리 변경</translation>
    </message>
    <message>
        <source>Change the replicas of %1</source>
        <translation>%1의 레플리카 변경</translation>
    </message>
    <message numerus="yes">
        <source>Apply %n fix(es)</source>
        <translation>
            <numerusform>수정 %n건 적용</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply %n selected fix(es)</source>
        <translation>
            <numerusform>선택한 수정 %n건 적용</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>headroom::PlanTreeModel</name>
    <message>
        <source>Node pools</source>
        <translation>노드 풀</translation>
    </message>
    <message>
        <source>%1-%2 nodes</source>
        <translation>노드 %1-%2개</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>노드 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 × %2 CPU, %3</source>
        <translation>%1 × CPU %2, %3</translation>
    </message>
    <message>
        <source>Allocatable per node: %1 CPU, %2 memory, %3 pods</source>
        <translation>노드당 할당 가능: CPU %1, 메모리 %2, 파드 %3개</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>사용자 지정</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n pod(s)</source>
        <translation>
            <numerusform>%1, 파드 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2), tier %3</source>
        <translation>%1 (%2), 티어 %3</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>플랜</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
</context>
<context>
    <name>headroom::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>환경 설정</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>시스템 설정 따름(%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>A new language applies the next time Headroom starts.</source>
        <translation>바꾼 언어는 Headroom을 다시 시작하면 적용됩니다.</translation>
    </message>
</context>
<context>
    <name>headroom::PromClient</name>
    <message>
        <source>the server answered a %1 where an instant vector was expected.</source>
        <translation>서버가 순간 벡터 대신 %1(으)로 응답했습니다.</translation>
    </message>
    <message>
        <source>the server answered with partial data: %1</source>
        <translation>서버가 일부 데이터만 응답했습니다: %1</translation>
    </message>
    <message>
        <source>the server refused the credentials (HTTP %1).</source>
        <translation>서버가 자격 증명을 거부했습니다(HTTP %1).</translation>
    </message>
    <message>
        <source>the server answered HTTP %1: %2</source>
        <translation>서버 응답 HTTP %1: %2</translation>
    </message>
    <message>
        <source>cancelled.</source>
        <translation>취소되었습니다.</translation>
    </message>
    <message>
        <source>no answer within %1 s.</source>
        <translation>%1초 안에 응답이 없습니다.</translation>
    </message>
    <message>
        <source>the server&apos;s certificate (%1, issued by %2) is not trusted: %3; give its CA&apos;s certificate as the CA file (--ca-file).</source>
        <translation>서버 인증서(%1, 발급자 %2)를 신뢰할 수 없습니다: %3; 그 CA의 인증서를 CA 파일(--ca-file)로 지정하세요.</translation>
    </message>
    <message>
        <source>the server&apos;s certificate (%1, issued by %2) was refused: %3.</source>
        <translation>서버 인증서(%1, 발급자 %2)가 거부되었습니다: %3.</translation>
    </message>
</context>
<context>
    <name>headroom::PromImportDialog</name>
    <message>
        <source>p95 %1, max %2</source>
        <translation>p95 %1, 최댓값 %2</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>측정되지 않음</translation>
    </message>
    <message>
        <source>Import from Prometheus</source>
        <translation>Prometheus에서 가져오기</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>측정(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Cancel measuring</source>
        <translation>측정 취소(&amp;C)</translation>
    </message>
    <message>
        <source>Not measured yet.</source>
        <translation>아직 측정하지 않았습니다.</translation>
    </message>
    <message>
        <source>What was measured, the findings and what the plan becomes appear here before anything is applied.</source>
        <translation>측정 결과, 발견 사항, 플랜이 어떻게 바뀌는지가 적용 전에 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>가져오기(&amp;I)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>서버</translation>
    </message>
    <message>
        <source>http://prometheus:9090 or https://mimir/prometheus</source>
        <translation>http://prometheus:9090 또는 https://mimir/prometheus</translation>
    </message>
    <message>
        <source>Prometheus, Thanos Query, Mimir or VictoriaMetrics: the base URL of the query API.</source>
        <translation>Prometheus, Thanos Query, Mimir 또는 VictoriaMetrics: 쿼리 API의 기본 URL입니다.</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Bearer token from a file</source>
        <translation>파일의 Bearer 토큰</translation>
    </message>
    <message>
        <source>User and password from a file</source>
        <translation>사용자와 파일의 비밀번호</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>인증(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Token file:</source>
        <translation>토큰 파일(&amp;T):</translation>
    </message>
    <message>
        <source>Token File</source>
        <translation>토큰 파일</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>사용자(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Password file:</source>
        <translation>비밀번호 파일(&amp;P):</translation>
    </message>
    <message>
        <source>Password File</source>
        <translation>비밀번호 파일</translation>
    </message>
    <message>
        <source>Empty: the system&apos;s certificates</source>
        <translation>비워 두면 시스템 인증서를 사용합니다</translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation>CA 파일(&amp;F):</translation>
    </message>
    <message>
        <source>CA Certificates</source>
        <translation>CA 인증서</translation>
    </message>
    <message>
        <source>Mimir or Cortex tenant; empty for Prometheus</source>
        <translation>Mimir 또는 Cortex 테넌트. Prometheus는 비워 둡니다</translation>
    </message>
    <message>
        <source>Sent as the X-Scope-OrgID header; several tenants are joined by |.</source>
        <translation>X-Scope-OrgID 헤더로 보냅니다. 여러 테넌트는 |로 잇습니다.</translation>
    </message>
    <message>
        <source>Te&amp;nant:</source>
        <translation>테넌트(&amp;N):</translation>
    </message>
    <message>
        <source>Secrets are read from their files when measuring and are never saved in the plan, the settings or a recovery file.</source>
        <translation>비밀 정보는 측정할 때 파일에서 읽으며 플랜, 설정, 복구 파일 어디에도 저장하지 않습니다.</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>쿼리</translation>
    </message>
    <message>
        <source>{namespace=&quot;prod&quot;}</source>
        <translation>{namespace=&quot;prod&quot;}</translation>
    </message>
    <message>
        <source>Label matchers over kube_pod_labels; empty: every release.</source>
        <translation>kube_pod_labels에 대한 레이블 조건입니다. 비워 두면 모든 릴리스입니다.</translation>
    </message>
    <message>
        <source>S&amp;elector:</source>
        <translation>셀렉터(&amp;E):</translation>
    </message>
    <message>
        <source>How far back to measure, from 10m to 1y, e.g. 14d or 36h.</source>
        <translation>얼마나 과거까지 측정할지입니다. 10m부터 1y까지, 예: 14d 또는 36h.</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>기간(&amp;W):</translation>
    </message>
    <message>
        <source>Now, or 2026-05-01T12:00:00Z</source>
        <translation>지금, 또는 2026-05-01T12:00:00Z</translation>
    </message>
    <message>
        <source>The end of the window: an ISO 8601 time or Unix seconds.</source>
        <translation>기간의 끝: ISO 8601 시각 또는 Unix 초.</translation>
    </message>
    <message>
        <source>En&amp;d at:</source>
        <translation>끝 시각(&amp;D):</translation>
    </message>
    <message>
        <source>Into</source>
        <translation>가져올 곳</translation>
    </message>
    <message>
        <source>A new p&amp;lan, a service per release</source>
        <translation>새 플랜(&amp;L), 릴리스마다 서비스 하나</translation>
    </message>
    <message>
        <source>The measurements of the &amp;open plan&apos;s services</source>
        <translation>열린 플랜 서비스들의 측정값(&amp;O)</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>파일 선택</translation>
    </message>
    <message>
        <source>URL: &apos;%1&apos; is not an http or https URL without credentials.</source>
        <translation>URL: &apos;%1&apos;은(는) 자격 증명이 없는 http 또는 https URL이 아닙니다.</translation>
    </message>
    <message>
        <source>Selector: &apos;%1&apos; is not a label selector in braces, e.g. {namespace=&quot;prod&quot;}.</source>
        <translation>셀렉터: &apos;%1&apos;은(는) 중괄호로 감싼 레이블 셀렉터가 아닙니다. 예: {namespace=&quot;prod&quot;}.</translation>
    </message>
    <message>
        <source>Window: &apos;%1&apos; is not a duration from 10m to 1y, e.g. 14d.</source>
        <translation>기간: &apos;%1&apos;은(는) 10m부터 1y 사이의 기간이 아닙니다. 예: 14d.</translation>
    </message>
    <message>
        <source>End at: &apos;%1&apos; is not an ISO 8601 time or Unix seconds.</source>
        <translation>끝 시각: &apos;%1&apos;은(는) ISO 8601 시각이나 Unix 초가 아닙니다.</translation>
    </message>
    <message>
        <source>Tenant: &apos;%1&apos; is not a tenant ID.</source>
        <translation>테넌트: &apos;%1&apos;은(는) 테넌트 ID가 아닙니다.</translation>
    </message>
    <message>
        <source>Nothing was measured.</source>
        <translation>측정한 것이 없습니다.</translation>
    </message>
    <message>
        <source>Asking %1 for the releases…</source>
        <translation>%1에 릴리스를 묻는 중…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was measured.</source>
        <translation>취소되었습니다. 측정한 것이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Measured %1 of %n release(s).</source>
        <translation>
            <numerusform>릴리스 %n개 중 %1개를 측정했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The measurement failed.</source>
        <translation>측정에 실패했습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Measured %n release(s) with %1 HTTP requests. Check the summary, then Import.</source>
        <translation>
            <numerusform>HTTP 요청 %1번으로 릴리스 %n개를 측정했습니다. 요약을 확인한 뒤 가져오기를 누르세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>No release matches a service of the open plan; choose a new plan instead.</source>
        <translation>열린 플랜의 서비스와 맞는 릴리스가 없습니다. 대신 새 플랜을 선택하세요.</translation>
    </message>
    <message>
        <source>Import stores the measurement of %1. Everything else stays as you set it.</source>
        <translation>가져오기는 %1의 측정값을 저장합니다. 나머지는 설정한 그대로 둡니다.</translation>
    </message>
    <message numerus="yes">
        <source>Import replaces the open plan with a new one holding %n service(s) (undo brings the old one back).</source>
        <translation>
            <numerusform>가져오기는 열린 플랜을 서비스 %n개가 있는 새 플랜으로 바꿉니다(실행 취소하면 이전 플랜이 돌아옵니다).</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out %1.</source>
        <translation>%1을(를) 제외했습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n release(s) measured:</source>
        <translation>
            <numerusform>측정한 릴리스 %n개:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %1 (%2, namespace %3, %n pod(s)): CPU %4; memory %5; OOM kills %6, restarts %7</source>
        <translation>
            <numerusform>• %1 (%2, 네임스페이스 %3, 파드 %n개): CPU %4, 메모리 %5, OOM 종료 %6회, 재시작 %7회</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown chart</source>
        <translation>알 수 없는 차트</translation>
    </message>
    <message>
        <source>  into service %1</source>
        <translation>  서비스 %1에 넣음</translation>
    </message>
    <message>
        <source>Measured findings: %1</source>
        <translation>측정 발견 사항: %1</translation>
    </message>
    <message>
        <source>  recommendation: %1</source>
        <translation>  권장 사항: %1</translation>
    </message>
    <message>
        <source>p95 %1, max %2 of %3</source>
        <translation>p95 %1, 최댓값 %2 (한도 %3)</translation>
    </message>
    <message>
        <source>  engine: commits %1; connections %2; used memory %3; JVM heap %4</source>
        <translation>  엔진: 커밋 %1; 연결 %2; 사용 메모리 %3; JVM 힙 %4</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA 파일</translation>
    </message>
</context>
<context>
    <name>headroom::PropertyEditor</name>
    <message>
        <source>cores, m</source>
        <translation>코어, m</translation>
    </message>
    <message>
        <source>Mi, Gi, Ti</source>
        <translation>Mi, Gi, Ti</translation>
    </message>
    <message>
        <source>IOPS</source>
        <translation>IOPS</translation>
    </message>
    <message>
        <source>MB/s</source>
        <translation>MB/s</translation>
    </message>
    <message>
        <source>/s</source>
        <translation>/s</translation>
    </message>
    <message>
        <source>s, h, d</source>
        <translation>s, h, d</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>count</source>
        <translation>개</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>리소스</translation>
    </message>
    <message>
        <source>custom (explicit limits)</source>
        <translation>사용자 지정(직접 지정한 제한)</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>티어(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Replicas:</source>
        <translation>레플리카 수(&amp;R):</translation>
    </message>
    <message>
        <source>Service default (%1)</source>
        <translation>서비스 기본값(%1)</translation>
    </message>
    <message>
        <source>Plan default (%1)</source>
        <translation>플랜 기본값(%1)</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>%1 (%2)
IOPS: %3
Throughput: %4
Latency: %5 to %6
Cost: %7
For: %8</source>
        <translation>%1 (%2)
IOPS: %3
처리량: %4
지연 시간: %5~%6
비용: %7
용도: %8</translation>
    </message>
    <message>
        <source>Any pool</source>
        <translation>모든 풀</translation>
    </message>
    <message>
        <source>&amp;Node pool:</source>
        <translation>노드 풀(&amp;N):</translation>
    </message>
    <message>
        <source>Let %1 run on any node pool</source>
        <translation>%1을(를) 어느 노드 풀에서든 실행</translation>
    </message>
    <message>
        <source>Pin %1 to node pool %2</source>
        <translation>%1을(를) 노드 풀 %2에 고정</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>볼륨</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>크기:</translation>
    </message>
    <message>
        <source>The volume as provisioned; empty: planned from the catalog and the growth over the horizon.</source>
        <translation>프로비저닝된 볼륨 크기. 비워 두면 카탈로그와 계획 기간 동안의 증가량으로 산정합니다.</translation>
    </message>
    <message>
        <source>Growth:</source>
        <translation>증가량:</translation>
    </message>
    <message>
        <source>How much the data grows every period below.</source>
        <translation>아래 주기마다 데이터가 늘어나는 양.</translation>
    </message>
    <message>
        <source>Every:</source>
        <translation>주기:</translation>
    </message>
    <message>
        <source>The growth period (default 30d).</source>
        <translation>증가 주기(기본값 30d).</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>입력</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Primary with read replicas</source>
        <translation>프라이머리 + 읽기 레플리카</translation>
    </message>
    <message>
        <source>Read replicas:</source>
        <translation>읽기 레플리카 수:</translation>
    </message>
    <message>
        <source>Requests:</source>
        <translation>요청 수:</translation>
    </message>
    <message>
        <source>Requests per second, all roles together.</source>
        <translation>초당 요청 수(모든 역할 합계).</translation>
    </message>
    <message>
        <source>Read share:</source>
        <translation>읽기 비율:</translation>
    </message>
    <message>
        <source>Share of the requests that are reads and can go to replicas.</source>
        <translation>요청 중 레플리카로 보낼 수 있는 읽기의 비율.</translation>
    </message>
    <message>
        <source>Client connections:</source>
        <translation>클라이언트 커넥션:</translation>
    </message>
    <message>
        <source>Connections the clients open in total, split by load share.</source>
        <translation>클라이언트가 여는 전체 커넥션 수. 부하 비율대로 나뉩니다.</translation>
    </message>
    <message>
        <source>Primary CPU limit:</source>
        <translation>프라이머리 CPU 제한:</translation>
    </message>
    <message>
        <source>The primary&apos;s own CPU limit over the tier&apos;s.</source>
        <translation>티어 값 대신 쓸 프라이머리 전용 CPU 제한.</translation>
    </message>
    <message>
        <source>Primary memory limit:</source>
        <translation>프라이머리 메모리 제한:</translation>
    </message>
    <message>
        <source>The primary&apos;s own memory limit over the tier&apos;s.</source>
        <translation>티어 값 대신 쓸 프라이머리 전용 메모리 제한.</translation>
    </message>
    <message>
        <source>Replica CPU limit:</source>
        <translation>레플리카 CPU 제한:</translation>
    </message>
    <message>
        <source>Each replica&apos;s own CPU limit over the tier&apos;s.</source>
        <translation>티어 값 대신 쓸 레플리카별 CPU 제한.</translation>
    </message>
    <message>
        <source>Replica memory limit:</source>
        <translation>레플리카 메모리 제한:</translation>
    </message>
    <message>
        <source>Each replica&apos;s own memory limit over the tier&apos;s.</source>
        <translation>티어 값 대신 쓸 레플리카별 메모리 제한.</translation>
    </message>
    <message>
        <source>PgBouncer in front of each role</source>
        <translation>역할마다 앞단에 PgBouncer 두기</translation>
    </message>
    <message>
        <source>Pooler:</source>
        <translation>커넥션 풀러:</translation>
    </message>
    <message>
        <source>Pool mode:</source>
        <translation>풀 모드:</translation>
    </message>
    <message>
        <source>The topology sets the pods: one primary and its read replicas.</source>
        <translation>파드 수는 토폴로지가 정합니다: 프라이머리 하나와 읽기 레플리카.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1은(는) %2에서 %3 사이여야 합니다.</translation>
    </message>
    <message>
        <source>any</source>
        <translation>무제한</translation>
    </message>
    <message>
        <source>The read share is at most 100%.</source>
        <translation>읽기 비율은 100%를 넘을 수 없습니다.</translation>
    </message>
    <message>
        <source>The growth period must be longer than zero.</source>
        <translation>증가 주기는 0보다 길어야 합니다.</translation>
    </message>
    <message>
        <source>Change the volume of %1</source>
        <translation>%1의 볼륨 변경</translation>
    </message>
    <message>
        <source>Node pool %1</source>
        <translation>노드 풀 %1</translation>
    </message>
    <message>
        <source>Allocatable CPU of one node.</source>
        <translation>노드 하나의 할당 가능한 CPU.</translation>
    </message>
    <message>
        <source>Allocatable memory of one node.</source>
        <translation>노드 하나의 할당 가능한 메모리.</translation>
    </message>
    <message>
        <source>&amp;Nodes:</source>
        <translation>노드 수(&amp;N):</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>가격 없음</translation>
    </message>
    <message>
        <source> per hour</source>
        <translation> /시간</translation>
    </message>
    <message>
        <source>A node pool needs its size per node.</source>
        <translation>노드 풀에는 노드당 크기가 있어야 합니다.</translation>
    </message>
    <message>
        <source>Plan %1</source>
        <translation>플랜 %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>Each service&apos;s own</source>
        <translation>서비스별 설정</translation>
    </message>
    <message>
        <source>How far ahead storage growth is planned (default 365d).</source>
        <translation>스토리지 증가를 얼마나 앞까지 계획할지(기본값 365d).</translation>
    </message>
    <message>
        <source>Add services and node pools from the Plan menu or the plan tree&apos;s context menu.</source>
        <translation>서비스와 노드 풀은 플랜 메뉴나 플랜 트리의 컨텍스트 메뉴에서 추가합니다.</translation>
    </message>
    <message>
        <source>The horizon must be longer than zero.</source>
        <translation>계획 기간은 0보다 길어야 합니다.</translation>
    </message>
    <message>
        <source>Stor&amp;age class:</source>
        <translation>스토리지 클래스(&amp;A):</translation>
    </message>
    <message>
        <source>CP&amp;U per node:</source>
        <translation>노드당 CPU(&amp;U):</translation>
    </message>
    <message>
        <source>Memo&amp;ry per node:</source>
        <translation>노드당 메모리(&amp;R):</translation>
    </message>
    <message>
        <source>Au&amp;toscaling</source>
        <translation>오토스케일링(&amp;T)</translation>
    </message>
    <message>
        <source>Minimum nodes:</source>
        <translation>최소 노드 수:</translation>
    </message>
    <message>
        <source>M&amp;aximum nodes:</source>
        <translation>최대 노드 수(&amp;A):</translation>
    </message>
    <message>
        <source>Pods per node:</source>
        <translation>노드당 파드 수:</translation>
    </message>
    <message>
        <source>Price per node:</source>
        <translation>노드당 가격:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>메모(&amp;T):</translation>
    </message>
    <message>
        <source>Defa&amp;ult storage class:</source>
        <translation>기본 스토리지 클래스(&amp;U):</translation>
    </message>
    <message>
        <source>Hori&amp;zon:</source>
        <translation>계획 기간(&amp;Z):</translation>
    </message>
    <message>
        <source>Free text: what the plan is for, on as many lines as it takes.</source>
        <translation>자유 입력: 플랜의 목적. 여러 줄로 적어도 됩니다.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>headroom::RecoveryStore</name>
    <message>
        <source>cannot write the recovery file: %1</source>
        <translation>복구 파일을 쓸 수 없습니다: %1</translation>
    </message>
    <message>
        <source>cannot create the folder.</source>
        <translation>폴더를 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>cannot take its lock.</source>
        <translation>잠금을 얻을 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>headroom::SizingTableModel</name>
    <message>
        <source>custom</source>
        <translation>사용자 지정</translation>
    </message>
    <message>
        <source>cannot size</source>
        <translation>사이징 불가</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>진단 결과 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Service</source>
        <translation>서비스</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>티어</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>레플리카</translation>
    </message>
    <message>
        <source>CPU request</source>
        <translation>CPU 요청</translation>
    </message>
    <message>
        <source>CPU limit</source>
        <translation>CPU 제한</translation>
    </message>
    <message>
        <source>Memory request</source>
        <translation>메모리 요청</translation>
    </message>
    <message>
        <source>Memory limit</source>
        <translation>메모리 제한</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>볼륨</translation>
    </message>
    <message>
        <source>IOPS</source>
        <translation>IOPS</translation>
    </message>
    <message>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>진단 결과</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Measured over %1: p50 %2, p95 %3, p99 %4, max %5</source>
        <translation>%1 동안 측정: p50 %2, p95 %3, p99 %4, 최대 %5</translation>
    </message>
    <message>
        <source>CPU p99/max</source>
        <translation>CPU p99/최대</translation>
    </message>
    <message>
        <source>Memory p99/max</source>
        <translation>메모리 p99/최대</translation>
    </message>
</context>
<context>
    <name>headroom::TableCopy</name>
    <message>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
</context>
<context>
    <name>headroom::WelcomePage</name>
    <message>
        <source>&lt;h2&gt;Welcome to Headroom&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Headroom에 오신 것을 환영합니다&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Headroom sizes data services on Kubernetes: pick services and their load, and it computes requests and limits, engine settings, storage and cluster fit, and says what will not hold. Open a plan, start an empty one, or look around in the sample plan.</source>
        <translation>Headroom은 Kubernetes의 데이터 서비스 크기를 정합니다. 서비스와 부하를 고르면 요청과 제한, 엔진 설정, 스토리지, 클러스터 배치를 계산하고 버티지 못할 부분을 알려 줍니다. 플랜을 열거나, 빈 플랜으로 시작하거나, 예제 플랜을 둘러보세요.</translation>
    </message>
    <message>
        <source>Open a P&amp;lan…</source>
        <translation>플랜 열기(&amp;L)…</translation>
    </message>
    <message>
        <source>Start an Empt&amp;y Plan</source>
        <translation>빈 플랜으로 시작(&amp;Y)</translation>
    </message>
    <message>
        <source>Open the Sa&amp;mple Plan</source>
        <translation>예제 플랜 열기(&amp;M)</translation>
    </message>
    <message>
        <source>Recent plans:</source>
        <translation>최근 플랜:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No plans opened yet.</source>
        <translation>아직 연 플랜이 없습니다.</translation>
    </message>
</context>
<context>
    <name>headroom::WhatIfView</name>
    <message>
        <source>IOPS</source>
        <translation>IOPS</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>메모리</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>스토리지</translation>
    </message>
    <message>
        <source>Sweep:</source>
        <translation>변화시킬 입력:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>역할:</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>프라이머리</translation>
    </message>
    <message>
        <source>Replica</source>
        <translation>레플리카</translation>
    </message>
    <message>
        <source>A primary with read replicas is sized per role: its own limits and connections.</source>
        <translation>프라이머리와 읽기 레플리카 구성은 역할별로 자체 제한과 커넥션 수로 사이징합니다.</translation>
    </message>
    <message>
        <source>Sets the input in the plan; the sizing table follows.</source>
        <translation>플랜의 입력값을 설정합니다. 사이징 표도 함께 바뀝니다.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Save the chart as a PNG or SVG image.</source>
        <translation>차트를 PNG 또는 SVG 이미지로 저장합니다.</translation>
    </message>
    <message>
        <source>As &amp;PNG…</source>
        <translation>PNG로(&amp;P)…</translation>
    </message>
    <message>
        <source>As &amp;SVG…</source>
        <translation>SVG로(&amp;S)…</translation>
    </message>
    <message>
        <source>Export Chart as SVG</source>
        <translation>차트를 SVG로 내보내기</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG 이미지 (*.svg)</translation>
    </message>
    <message>
        <source>Export Chart as PNG</source>
        <translation>차트를 PNG로 내보내기</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1을(를) 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Headroom what-if chart</source>
        <translation>Headroom 가정 분석 차트</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Select a service in the plan to see how its memory follows one of its inputs.</source>
        <translation>플랜에서 서비스를 선택하면 입력값 하나에 따라 메모리가 어떻게 바뀌는지 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>This service cannot be sized: %1</source>
        <translation>이 서비스는 사이징할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Swept for the %1 as the plan sizes it: its own limits, pods and max_connections.</source>
        <translation>플랜이 사이징한 %1 기준으로 계산했습니다: 자체 제한, 파드 수, max_connections.</translation>
    </message>
    <message>
        <source>replicas</source>
        <translation>레플리카 수</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>프라이머리</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (기본값)</translation>
    </message>
    <message>
        <source>Memory of %1 as %2 changes</source>
        <translation>%2 변화에 따른 %1의 메모리</translation>
    </message>
    <message>
        <source>Container limit</source>
        <translation>컨테이너 제한</translation>
    </message>
    <message>
        <source>Tier %1 memory</source>
        <translation>티어 %1 메모리</translation>
    </message>
    <message>
        <source>Node size</source>
        <translation>노드 크기</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>현재 값</translation>
    </message>
    <message>
        <source>%1 has no IOPS sizing.</source>
        <translation>%1에는 IOPS 사이징이 없습니다.</translation>
    </message>
    <message>
        <source>IOPS of %1 as %2 changes</source>
        <translation>%2 변화에 따른 %1의 IOPS</translation>
    </message>
    <message>
        <source>IOPS (log scale)</source>
        <translation>IOPS(로그 스케일)</translation>
    </message>
    <message>
        <source>IOPS needed</source>
        <translation>필요 IOPS</translation>
    </message>
    <message>
        <source>%1 ceiling (current class)</source>
        <translation>%1 상한(현재 클래스)</translation>
    </message>
    <message>
        <source>%1 ceiling</source>
        <translation>%1 상한</translation>
    </message>
    <message>
        <source>%1 has no volume.</source>
        <translation>%1에는 볼륨이 없습니다.</translation>
    </message>
    <message>
        <source>Volume of %1 over the planning horizon</source>
        <translation>계획 기간 동안 %1의 볼륨</translation>
    </message>
    <message>
        <source>Months from now</source>
        <translation>지금부터 개월 수</translation>
    </message>
    <message>
        <source>Data (now %1, at the horizon %2)</source>
        <translation>데이터(현재 %1, 계획 기간 끝 %2)</translation>
    </message>
    <message>
        <source>Volume as provisioned (%1)</source>
        <translation>프로비저닝된 볼륨(%1)</translation>
    </message>
    <message>
        <source>Volume as planned (%1)</source>
        <translation>계획한 볼륨(%1)</translation>
    </message>
    <message>
        <source>Full in %1</source>
        <translation>%1 후 가득 참</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>IOPS needed: %1</source>
        <translation>필요 IOPS: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Container limit: %1</source>
        <translation>컨테이너 제한: %1</translation>
    </message>
    <message>
        <source>Measured p50 to max</source>
        <translation>측정값 p50~최대</translation>
    </message>
    <message>
        <source>Up to:</source>
        <translation>끝 값:</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>자동</translation>
    </message>
    <message>
        <source>Where the sweep ends, such as 2000 or 64Gi; empty: a quarter past where the plan breaks, or twice today&apos;s value.</source>
        <translation>변화 범위의 끝 값(예: 2000, 64Gi). 비워 두면 플랜이 한계에 이르는 지점보다 4분의 1 더 가거나, 현재 값의 두 배까지 봅니다.</translation>
    </message>
    <message>
        <source>The sweep&apos;s end must be above %1 and at most %2.</source>
        <translation>범위의 끝 값은 %1보다 크고 %2 이하여야 합니다.</translation>
    </message>
    <message>
        <source>any value</source>
        <translation>제한 없음</translation>
    </message>
    <message>
        <source>%1 as sized</source>
        <translation>사이징된 %1</translation>
    </message>
    <message>
        <source>Thousands of IOPS (log scale)</source>
        <translation>천 IOPS(로그 스케일)</translation>
    </message>
    <message>
        <source>%1: needs %2, sized %3</source>
        <translation>%1: 필요 %2, 사이징 %3</translation>
    </message>
</context>
<context>
    <name>headroom::ZoomableChartView</name>
    <message>
        <source>&amp;Copy Chart</source>
        <translation>차트 복사(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>확대/축소 초기화(&amp;R)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A plan file to open.</source>
        <translation>열 플랜 파일.</translation>
    </message>
    <message>
        <source>Render the window to OUT.png and exit.</source>
        <translation>창을 OUT.png로 렌더링하고 종료합니다.</translation>
    </message>
    <message>
        <source>Headroom</source>
        <translation>Headroom</translation>
    </message>
    <message>
        <source>The built-in catalog is broken:
%1</source>
        <translation>내장 카탈로그가 손상되었습니다:
%1</translation>
    </message>
    <message>
        <source>Headroom sizes data services on Kubernetes.

Commands (headroom COMMAND --help):
%1</source>
        <translation>Headroom은 Kubernetes에서 운영하는 데이터 서비스의 용량을 산정합니다.

명령(headroom COMMAND --help):
%1</translation>
    </message>
    <message>
        <source>With --screenshot: the view to show, sizing (default), whatif, cluster, exports, findings, welcome or export-dialog.</source>
        <translation>--screenshot과 함께: 보여 줄 화면. sizing(기본값), whatif, cluster, exports, findings, welcome 또는 export-dialog.</translation>
    </message>
    <message>
        <source>With --screenshot: the window&apos;s size in pixels, e.g. 1024x700.</source>
        <translation>--screenshot과 함께: 창 크기(픽셀). 예: 1024x700.</translation>
    </message>
    <message>
        <source>--size: &apos;%1&apos; is not a size in pixels such as 1024x700.</source>
        <translation>--size: &apos;%1&apos;은(는) 1024x700 같은 픽셀 크기가 아닙니다.</translation>
    </message>
    <message>
        <source>--view: &apos;%1&apos; is not one of sizing, whatif, cluster, exports, findings, welcome, export-dialog.</source>
        <translation>--view: &apos;%1&apos;은(는) sizing, whatif, cluster, exports, findings, welcome, export-dialog 중 하나가 아닙니다.</translation>
    </message>
</context>
</TS>
