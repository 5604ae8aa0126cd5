// SPDX-License-Identifier: Apache-2.0
// A role and its text convert both ways, and no other text names a role.
#include "model/role.h"

#include <QtTest>

using namespace headroom;

class TestRole : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<int>("role");
        QTest::addRow("service") << int(Role::Service);
        QTest::addRow("primary") << int(Role::Primary);
        QTest::addRow("replica") << int(Role::Replica);
    }

    void roundTrip()
    {
        QFETCH(int, role);
        QCOMPARE(roleFromName(roleName(Role(role))), std::optional(Role(role)));
    }

    void otherTextsNameNoRole()
    {
        QVERIFY(!roleFromName(u"Primary"));
        QVERIFY(!roleFromName(u"replicas"));
        QCOMPARE(roleName(Role::Service), QString());
    }
};

QTEST_GUILESS_MAIN(TestRole)
#include "tst_role.moc"
