#include "quantity.h"
#include <QtTest>
using namespace headroom;
class TestQuantity : public QObject { Q_OBJECT private slots: void dummy() { QCOMPARE(Quantity::parse(Dimension::Memory, u"1Gi")->raw(), 1073741824); } };
QTEST_GUILESS_MAIN(TestQuantity)
#include "tst_quantity.moc"
