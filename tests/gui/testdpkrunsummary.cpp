#include "dpkrunsummary.h"

#include <gtest/gtest.h>

namespace
{
DpkBuildResult stockholmResult()
{
  DpkBuildResult result;
  result.geopackage = QStringLiteral( "/tmp/stockholm.gpkg" );
  result.municipality = QStringLiteral( "0180" );
  result.municipalityName = QStringLiteral( "Stockholm" );
  result.period = DpkPeriod( 2024 );
  result.schoolsRead = 5;
  result.schoolsPlaced = 3;
  result.areaCount = 13;
  result.unplaced = { { QStringLiteral( "11111111" ), QStringLiteral( "Ekskolan" ),
                        QStringLiteral( "no coordinates in the location source" ) },
                      { QStringLiteral( "22222222" ), QStringLiteral( "Granskolan" ),
                        QStringLiteral( "outside every area" ) },
                      { QStringLiteral( "33333333" ), QStringLiteral( "Björkskolan" ),
                        QStringLiteral( "no coordinates in the location source" ) } };
  DpkIndicatorLayers merit;
  merit.indicator.id = QStringLiteral( "meritvarde" );
  merit.indicator.nameEn = QStringLiteral( "Merit rating" );
  merit.indicator.nameSv = QStringLiteral( "Meritvärde" );
  merit.schoolTable = QStringLiteral( "schools_meritvarde" );
  merit.areaTable = QStringLiteral( "areas_meritvarde" );
  merit.suppressedSchools = 4;
  merit.suppressedAreas = 1;
  result.layers << merit;
  return result;
}
} // namespace

TEST( DpkRunSummary, NamesTheGroupAfterTheMunicipalityAndTheSchoolYear )
{
  DpkBuildResult result = stockholmResult();
  EXPECT_EQ( DpkRunSummary::title( result ), QStringLiteral( "Stockholm 2024/25" ) );
  result.municipalityName.clear();
  EXPECT_EQ( DpkRunSummary::title( result ), QStringLiteral( "0180 2024/25" ) );
}

TEST( DpkRunSummary, CountsThePlacedSchoolsAndListsEachUnplacedOneUnderItsReason )
{
  const QString text = DpkRunSummary::text( stockholmResult(), QStringLiteral( "en" ) );
  EXPECT_TRUE( text.contains( QStringLiteral( "3 of the municipality's 5 schools on the map" ) ) )
      << text.toStdString();
  EXPECT_TRUE( text.contains( QStringLiteral( "Not on the map or outside every area: 3" ) ) )
      << text.toStdString();
  EXPECT_TRUE( text.contains( QStringLiteral( "no coordinates in the location source – 2: "
                                              "Ekskolan (11111111), Björkskolan (33333333)" ) ) )
      << text.toStdString();
  EXPECT_TRUE( text.contains( QStringLiteral( "outside every area – 1: Granskolan (22222222)" ) ) )
      << text.toStdString();
}

TEST( DpkRunSummary, CountsSuppressedFiguresPerIndicatorInTheInterfaceLanguage )
{
  DpkBuildResult result = stockholmResult();
  EXPECT_TRUE( DpkRunSummary::text( result, QStringLiteral( "sv" ) )
                   .contains( QStringLiteral( "Meritvärde: 4 schools, 1 areas" ) ) );
  result.layers[ 0 ].areaTable.clear();
  EXPECT_TRUE( DpkRunSummary::text( result, QStringLiteral( "en" ) )
                   .contains( QStringLiteral( "Merit rating: 4 schools" ) ) );
}

TEST( DpkRunSummary, SaysWhenEverySchoolWasPlaced )
{
  DpkBuildResult result = stockholmResult();
  result.unplaced.clear();
  const QString text = DpkRunSummary::text( result, QStringLiteral( "en" ) );
  EXPECT_TRUE( text.contains( QStringLiteral( "Every school was placed." ) ) );
  EXPECT_FALSE( text.contains( QStringLiteral( "Not on the map" ) ) );
}

TEST( DpkRunSummary, HeadlineGivesPlacedReadAndUnplacedCounts )
{
  EXPECT_EQ( DpkRunSummary::headline( stockholmResult() ),
             QStringLiteral( "The map of Stockholm 2024/25 is ready: 3 of 5 schools on the map, 3 "
                             "listed as not on the map or outside every area." ) );
}
