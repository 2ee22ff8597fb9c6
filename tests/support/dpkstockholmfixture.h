#ifndef DPKSTOCKHOLMFIXTURE_H
#define DPKSTOCKHOLMFIXTURE_H

#include "dpkindicatorcatalogue.h"
#include "dpkreplayserver.h"
#include "dpkrunconfig.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

/**
 * \brief The real Stockholm case: the national export for results, the recorded API responses
 * replayed on 127.0.0.1 for school locations, and an area layer from the shared real data.
 */
class DpkStockholmFixture : public ::testing::Test
{
protected:
  void SetUp() override
  {
    const QString realdata = QStringLiteral( DPK_REALDATA_DIR );
    ASSERT_TRUE( QFile::exists( realdata ) )
        << "the shared real data is missing: " << realdata.toStdString();
    const DpkResult<int> loaded =
        mServer.loadRecordings( realdata + QStringLiteral( "/skolverket-api-v4/stockholm-0180" ) );
    ASSERT_TRUE( loaded.isOk() ) << loaded.error().toStdString();
    ASSERT_TRUE( mServer.start().isOk() );

    DpkResult<DpkIndicatorCatalogue> catalogue = DpkIndicatorCatalogue::fromFile(
        QStringLiteral( DPK_SOURCE_DIR "/resources/indicators/standard-indicators.json" ) );
    ASSERT_TRUE( catalogue.isOk() ) << catalogue.error().toStdString();
    mCatalogue = catalogue.value();

    mConfig.municipality = QStringLiteral( "0180" );
    mConfig.period = DpkPeriod( 2024 );
    mConfig.indicators =
        QStringList{ QStringLiteral( "meritvarde" ), QStringLiteral( "alla_amnen" ),
                     QStringLiteral( "behorig_yrkes" ) };
    mConfig.results.type = DpkSourceConfig::Type::SkolverketExport;
    mConfig.results.path =
        realdata + QStringLiteral( "/skolverket-export/Grundskola - Slutbetyg årskurs 9, samtliga "
                                   "elever 2025 Skolenhet.csv" );
    mConfig.schools.type = DpkSourceConfig::Type::SkolverketApi;
    mConfig.schools.baseUrl = mServer.url( QStringLiteral( "/planned-educations/v4" ) ).toString();
    mConfig.schools.cacheDir = mWork.filePath( QStringLiteral( "cache" ) );
    mConfig.hasAreas = true;
    mConfig.areas.path =
        realdata + QStringLiteral( "/areas/stockholm-stadsdelsomraden-2020/sdn_2020.shp" );
    mConfig.areas.codeField = QStringLiteral( "Sdn_omarde" );
    mConfig.areas.nameField = QStringLiteral( "Sdn_omarde" );
    mConfig.outputDir = mWork.filePath( QStringLiteral( "out" ) );
    mConfig.outputName = QStringLiteral( "stockholm-2024-25" );
  }

  QTemporaryDir mWork;
  DpkReplayServer mServer;
  DpkIndicatorCatalogue mCatalogue;
  DpkRunConfig mConfig;
};

#endif // DPKSTOCKHOLMFIXTURE_H
