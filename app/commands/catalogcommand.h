// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "commands/plancommand.h"
#include "model/catalog.h"

// `headroom catalog [services [ID] | tiers | storage-classes]`: what the catalog knows.
class CatalogCommand : public PlanCommand
{
    Q_DECLARE_TR_FUNCTIONS(CatalogCommand)

public:
    CatalogCommand();

protected:
    void describe(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;

private:
    void printService(const headroom::Catalog& catalog, const headroom::ServiceDefinition& service);
    void printServices(const headroom::Catalog& catalog);
    void printTiers(const headroom::Catalog& catalog);
    void printStorageClasses(const headroom::Catalog& catalog);
};
