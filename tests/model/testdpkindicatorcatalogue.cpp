#include "dpkindicatorcatalogue.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

#include <gtest/gtest.h>

namespace
{
// Model tests run without the plugin's Qt resources, so they read the source file itself.
const QString STANDARD_PATH =
    QStringLiteral( DPK_SOURCE_DIR "/resources/indicators/standard-indicators.json" );

DpkIndicatorCatalogue standard()
{
  const DpkResult<DpkIndicatorCatalogue> result = DpkIndicatorCatalogue::fromFile( STANDARD_PATH );
  EXPECT_TRUE( result.isOk() ) << result.error().toStdString();
  return result.isOk() ? result.value() : DpkIndicatorCatalogue();
}

QJsonObject standardJson()
{
  QFile file( STANDARD_PATH );
  EXPECT_TRUE( file.open( QIODevice::ReadOnly ) ) << STANDARD_PATH.toStdString();
  return QJsonDocument::fromJson( file.readAll() ).object();
}

//! Loads the standard catalogue after \a change has edited its indicator at \a index.
DpkResult<DpkIndicatorCatalogue> standardWith( int index,
                                               const std::function<void( QJsonObject & )> &change )
{
  QJsonObject catalogue = standardJson();
  QJsonArray indicators = catalogue.value( QStringLiteral( "indicators" ) ).toArray();
  QJsonObject indicator = indicators.at( index ).toObject();
  change( indicator );
  indicators.replace( index, indicator );
  catalogue.insert( QStringLiteral( "indicators" ), indicators );
  return DpkIndicatorCatalogue::fromJson( QJsonDocument( catalogue ).toJson(),
                                          QStringLiteral( "catalogue.json" ) );
}

//! Returns a minimal organisation catalogue holding \a indicators.
QByteArray organisationCatalogue( const QJsonArray &indicators )
{
  QJsonObject catalogue{ { QStringLiteral( "catalogueVersion" ), 1 },
                         { QStringLiteral( "id" ), QStringLiteral( "kommunen" ) },
                         { QStringLiteral( "nameSv" ), QStringLiteral( "Kommunens indikatorer" ) },
                         { QStringLiteral( "nameEn" ), QStringLiteral( "The town's indicators" ) },
                         { QStringLiteral( "indicators" ), indicators } };
  return QJsonDocument( catalogue ).toJson();
}

//! Returns a copy of the standard indicator \a id as JSON, with \a changes applied.
QJsonObject standardIndicator( const QString &id, const QJsonObject &changes = QJsonObject() )
{
  for ( const QJsonValue &entry : standardJson().value( QStringLiteral( "indicators" ) ).toArray() )
  {
    QJsonObject indicator = entry.toObject();
    if ( indicator.value( QStringLiteral( "id" ) ).toString() != id )
      continue;
    for ( auto it = changes.constBegin(); it != changes.constEnd(); ++it )
      indicator.insert( it.key(), it.value() );
    return indicator;
  }
  ADD_FAILURE() << "no standard indicator " << id.toStdString();
  return QJsonObject();
}

DpkResult<DpkIndicatorCatalogue> onStandard( const QJsonArray &indicators )
{
  return DpkIndicatorCatalogue::fromJson( organisationCatalogue( indicators ),
                                          QStringLiteral( "org.json" ), standard() );
}

std::string errorOf( const DpkResult<DpkIndicatorCatalogue> &result )
{
  return result.isOk() ? std::string( "(no error)" ) : result.error().toStdString();
}
} // namespace

TEST( DpkIndicatorCatalogue, StandardCatalogueHoldsTheFourteenStandardIndicatorsInOrder )
{
  const DpkIndicatorCatalogue catalogue = standard();
  QStringList ids;
  for ( const DpkIndicator &indicator : catalogue.indicators() )
    ids << indicator.id;
  EXPECT_EQ( ids, QStringList(
                      { QStringLiteral( "meritvarde" ), QStringLiteral( "alla_amnen" ),
                        QStringLiteral( "behorig_yrkes" ), QStringLiteral( "behorig_natur_teknik" ),
                        QStringLiteral( "behorig_ekonomi_human_samhall" ),
                        QStringLiteral( "behorig_estetiska" ), QStringLiteral( "elever_ak9" ),
                        QStringLiteral( "np_sve_ak9" ), QStringLiteral( "np_eng_ak9" ),
                        QStringLiteral( "np_ma_ak9" ), QStringLiteral( "legitimerade_larare" ),
                        QStringLiteral( "elever_per_larare" ),
                        QStringLiteral( "salsa_meritvarde_avvikelse" ),
                        QStringLiteral( "salsa_alla_amnen_avvikelse" ) } ) );
  EXPECT_EQ( catalogue.catalogueVersion(), DpkIndicatorCatalogue::FORMAT_VERSION );
  EXPECT_EQ( catalogue.id(), QStringLiteral( "datapakarta-standard" ) );
  EXPECT_EQ( catalogue.sourceNames(), QStringList( STANDARD_PATH ) );
  EXPECT_EQ( catalogue.sourceOf( QStringLiteral( "meritvarde" ) ), STANDARD_PATH );
}

TEST( DpkIndicatorCatalogue, MeritRatingIsDescribedCompletely )
{
  const DpkIndicatorCatalogue catalogue = standard();
  const DpkIndicator *merit = catalogue.indicator( QStringLiteral( "meritvarde" ) );
  ASSERT_NE( merit, nullptr );
  EXPECT_EQ( merit->name( QStringLiteral( "sv" ) ),
             QStringLiteral( "Genomsnittligt meritvärde (17 ämnen)" ) );
  EXPECT_EQ( merit->name( QStringLiteral( "en" ) ),
             QStringLiteral( "Average merit rating (17 subjects)" ) );
  EXPECT_DOUBLE_EQ( merit->minimum, 0.0 );
  EXPECT_DOUBLE_EQ( merit->maximum, 340.0 );
  EXPECT_EQ( merit->direction, DpkIndicator::Direction::HigherIsBetter );
  EXPECT_EQ( merit->exportColumns,
             QStringList( QStringLiteral( "Genomsnittligt meritvärde (17 ämnen)" ) ) );
  EXPECT_EQ( merit->apiField, QStringLiteral( "averageGradesMeritRating9thGrade" ) );
  EXPECT_EQ( merit->weightIndicator, QStringLiteral( "elever_ak9" ) );
  EXPECT_EQ( merit->minimumGroup, 10 );
  EXPECT_EQ( merit->classification, DpkIndicator::ClassificationMethod::FixedBreaks );
  EXPECT_EQ( merit->classCount, merit->breaks.size() );
  EXPECT_DOUBLE_EQ( merit->breaks.last(), 340.0 );
  EXPECT_FALSE( merit->colorRamp.isEmpty() );
  EXPECT_TRUE( merit->labelFormat.contains( QStringLiteral( "%1" ) ) );
  EXPECT_EQ( catalogue.indicator( QStringLiteral( "nonexistent" ) ), nullptr );
}

TEST( DpkIndicatorCatalogue, ResultsAreWeightedByYearNinePupilsAndProtectedFromSmallGroups )
{
  const DpkIndicatorCatalogue catalogue = standard();
  for ( const char *id : { "meritvarde", "alla_amnen", "behorig_yrkes", "behorig_natur_teknik",
                           "behorig_ekonomi_human_samhall", "behorig_estetiska", "np_sve_ak9",
                           "np_eng_ak9", "np_ma_ak9" } )
  {
    const DpkIndicator *indicator = catalogue.indicator( QString::fromLatin1( id ) );
    ASSERT_NE( indicator, nullptr ) << id;
    EXPECT_EQ( indicator->weightIndicator, QStringLiteral( "elever_ak9" ) ) << id;
    EXPECT_EQ( indicator->minimumGroup, 10 ) << id;
    EXPECT_EQ( indicator->apiResource, QStringLiteral( "/school-units/{code}/statistics/gr" ) )
        << id;
    if ( indicator->unit == QLatin1String( "percent" ) )
    {
      EXPECT_DOUBLE_EQ( indicator->maximum, 100.0 ) << id;
    }
  }
}

TEST( DpkIndicatorCatalogue, YearNinePupilCountHasNoApiFieldBecauseTheApiCountsTheWholeSchool )
{
  const DpkIndicatorCatalogue catalogue = standard();
  const DpkIndicator *pupils = catalogue.indicator( QStringLiteral( "elever_ak9" ) );
  ASSERT_NE( pupils, nullptr );
  EXPECT_TRUE( pupils->apiField.isEmpty() );
  EXPECT_EQ( pupils->unit, QStringLiteral( "pupils" ) );
  EXPECT_EQ( pupils->exportColumns, QStringList( QStringLiteral( "Antal elever" ) ) );
  EXPECT_TRUE( pupils->descriptionEn.contains( QStringLiteral( "totalNumberOfPupils" ) ) );
  EXPECT_TRUE( pupils->descriptionSv.contains( QStringLiteral( "totalNumberOfPupils" ) ) );
}

TEST( DpkIndicatorCatalogue, SalsaDeviationsDivergeAndNeedFifteenPupils )
{
  const DpkIndicatorCatalogue catalogue = standard();
  for ( const char *id : { "salsa_meritvarde_avvikelse", "salsa_alla_amnen_avvikelse" } )
  {
    const DpkIndicator *salsa = catalogue.indicator( QString::fromLatin1( id ) );
    ASSERT_NE( salsa, nullptr ) << id;
    EXPECT_EQ( salsa->direction, DpkIndicator::Direction::Diverging ) << id;
    EXPECT_EQ( salsa->minimumGroup, 15 ) << id;
    EXPECT_EQ( salsa->apiResource, QStringLiteral( "/statistics/all-schools/salsa" ) ) << id;
    EXPECT_TRUE( salsa->apiFieldProvisional ) << id;
    EXPECT_LT( salsa->minimum, 0.0 ) << id;
    EXPECT_GT( salsa->maximum, 0.0 ) << id;
  }
}

TEST( DpkIndicatorCatalogue, ExportColumnsAreHeadersOfTheRealExport )
{
  QFile file( QStringLiteral( DPK_REALDATA_DIR "/skolverket-export/Grundskola - Slutbetyg "
                                               "årskurs 9, samtliga elever 2025 Skolenhet.csv" ) );
  ASSERT_TRUE( file.open( QIODevice::ReadOnly ) )
      << "the real export is missing: " << file.fileName().toStdString();
  QStringList headers;
  for ( int line = 1; line <= 6; ++line )
    headers = QString::fromUtf8( file.readLine() ).trimmed().split( QLatin1Char( ';' ) );

  int columns = 0;
  for ( const DpkIndicator &indicator : standard().indicators() )
  {
    for ( const QString &column : indicator.exportColumns )
    {
      EXPECT_TRUE( headers.contains( column ) ) << column.toStdString();
      ++columns;
    }
  }
  EXPECT_EQ( columns, 4 );
}

TEST( DpkIndicatorCatalogue, ApiFieldsOccurInRecordedStatisticsResponses )
{
  const QString folder =
      QStringLiteral( DPK_REALDATA_DIR "/skolverket-api-v4/stockholm-0180/statistics-gr" );
  const QStringList files = QDir( folder ).entryList( { QStringLiteral( "*.json" ) } );
  ASSERT_FALSE( files.isEmpty() ) << "the recorded API responses are missing: "
                                  << folder.toStdString();
  QFile file( folder + QLatin1Char( '/' ) + files.first() );
  ASSERT_TRUE( file.open( QIODevice::ReadOnly ) );
  const QJsonObject body = QJsonDocument::fromJson( file.readAll() )
                               .object()
                               .value( QStringLiteral( "json" ) )
                               .toObject()
                               .value( QStringLiteral( "body" ) )
                               .toObject();

  int fields = 0;
  for ( const DpkIndicator &indicator : standard().indicators() )
  {
    if ( indicator.apiResource != QLatin1String( "/school-units/{code}/statistics/gr" ) )
      continue;
    EXPECT_TRUE( body.contains( indicator.apiField ) ) << indicator.apiField.toStdString();
    ++fields;
  }
  EXPECT_EQ( fields, 11 );
}

TEST( DpkIndicatorCatalogue, WritesWhatItReads )
{
  const DpkIndicatorCatalogue catalogue = standard();
  const DpkResult<DpkIndicatorCatalogue> again =
      DpkIndicatorCatalogue::fromJson( catalogue.toJson(), QStringLiteral( "again.json" ) );
  ASSERT_TRUE( again.isOk() ) << errorOf( again );
  EXPECT_EQ( again.value().toJson(), catalogue.toJson() );
  EXPECT_EQ( again.value().indicators().size(), 14 );
}

TEST( DpkIndicatorCatalogue, ReportsAWrongTypeWithFileAndField )
{
  const DpkResult<DpkIndicatorCatalogue> result = standardWith(
      3, []( QJsonObject &indicator )
      { indicator.insert( QStringLiteral( "minimumGroup" ), QStringLiteral( "ten" ) ); } );
  ASSERT_FALSE( result.isOk() );
  EXPECT_EQ( result.error(), QStringLiteral( "catalogue.json: /indicators/3/minimumGroup: "
                                             "expected an integer ≥ 1, found \"ten\"" ) );
}

TEST( DpkIndicatorCatalogue, ReportsAnUnknownKey )
{
  const DpkResult<DpkIndicatorCatalogue> result =
      standardWith( 0, []( QJsonObject &indicator )
                    { indicator.insert( QStringLiteral( "colour" ), QStringLiteral( "red" ) ); } );
  ASSERT_FALSE( result.isOk() );
  EXPECT_TRUE( result.error().startsWith(
      QStringLiteral( "catalogue.json: /indicators/0/colour: unknown key" ) ) )
      << errorOf( result );
}

TEST( DpkIndicatorCatalogue, ReportsADuplicateIdWithBothPlaces )
{
  const DpkResult<DpkIndicatorCatalogue> result = standardWith(
      2, []( QJsonObject &indicator )
      { indicator.insert( QStringLiteral( "id" ), QStringLiteral( "meritvarde" ) ); } );
  ASSERT_FALSE( result.isOk() );
  EXPECT_EQ( result.error(), QStringLiteral( "catalogue.json: /indicators/2/id: the id "
                                             "\"meritvarde\" is also used by /indicators/0" ) );
}

TEST( DpkIndicatorCatalogue, ReportsAWeightIndicatorThatDoesNotExist )
{
  const DpkResult<DpkIndicatorCatalogue> result = standardWith(
      1, []( QJsonObject &indicator )
      { indicator.insert( QStringLiteral( "weightIndicator" ), QStringLiteral( "elever" ) ); } );
  ASSERT_FALSE( result.isOk() );
  EXPECT_EQ( result.error(), QStringLiteral( "catalogue.json: /indicators/1/weightIndicator: no "
                                             "indicator has the id \"elever\"" ) );
}

TEST( DpkIndicatorCatalogue, ReportsAWeightThatIsNotAPupilCount )
{
  const DpkResult<DpkIndicatorCatalogue> result = standardWith(
      1,
      []( QJsonObject &indicator ) {
        indicator.insert( QStringLiteral( "weightIndicator" ), QStringLiteral( "meritvarde" ) );
      } );
  ASSERT_FALSE( result.isOk() );
  EXPECT_TRUE( result.error().startsWith(
      QStringLiteral( "catalogue.json: /indicators/1/weightIndicator: expected the id of a "
                      "count of pupils, found \"meritvarde\"" ) ) )
      << errorOf( result );
}

TEST( DpkIndicatorCatalogue, ReportsBreaksThatDoNotRiseInsideTheRange )
{
  const DpkResult<DpkIndicatorCatalogue> falling =
      standardWith( 0,
                    []( QJsonObject &indicator ) {
                      indicator.insert( QStringLiteral( "breaks" ), QJsonArray{ 200, 180, 340 } );
                    } );
  ASSERT_FALSE( falling.isOk() );
  EXPECT_EQ( falling.error(), QStringLiteral( "catalogue.json: /indicators/0/breaks/1: expected "
                                              "a break greater than 200, found 180" ) );

  const DpkResult<DpkIndicatorCatalogue> open =
      standardWith( 0,
                    []( QJsonObject &indicator ) {
                      indicator.insert( QStringLiteral( "breaks" ), QJsonArray{ 200, 300 } );
                    } );
  ASSERT_FALSE( open.isOk() );
  EXPECT_EQ( open.error(), QStringLiteral( "catalogue.json: /indicators/0/breaks/1: expected the "
                                           "last break to equal the maximum 340, found 300" ) );

  const DpkResult<DpkIndicatorCatalogue> below =
      standardWith( 0,
                    []( QJsonObject &indicator ) {
                      indicator.insert( QStringLiteral( "breaks" ), QJsonArray{ -5, 340 } );
                    } );
  ASSERT_FALSE( below.isOk() );
  EXPECT_TRUE( below.error().contains( QStringLiteral( "/indicators/0/breaks/0" ) ) );
}

TEST( DpkIndicatorCatalogue, ReportsAClassificationWithoutWhatItNeeds )
{
  const DpkResult<DpkIndicatorCatalogue> fixed = standardWith(
      7, []( QJsonObject &indicator )
      { indicator.insert( QStringLiteral( "classification" ), QStringLiteral( "fixed" ) ); } );
  ASSERT_FALSE( fixed.isOk() );
  EXPECT_TRUE( fixed.error().contains( QStringLiteral( "/indicators/7: the fixed classification "
                                                       "needs \"breaks\"" ) ) )
      << errorOf( fixed );

  const DpkResult<DpkIndicatorCatalogue> quantile = standardWith(
      0, []( QJsonObject &indicator )
      { indicator.insert( QStringLiteral( "classification" ), QStringLiteral( "quantile" ) ); } );
  ASSERT_FALSE( quantile.isOk() );
  EXPECT_TRUE( quantile.error().contains( QStringLiteral( "/indicators/0/breaks:" ) ) );
  EXPECT_TRUE( quantile.error().contains( QStringLiteral( "\"classCount\"" ) ) );
}

TEST( DpkIndicatorCatalogue, ReportsAnEmptyRange )
{
  const DpkResult<DpkIndicatorCatalogue> result = standardWith(
      6, []( QJsonObject &indicator ) { indicator.insert( QStringLiteral( "maximum" ), 0 ); } );
  ASSERT_FALSE( result.isOk() );
  EXPECT_TRUE( result.error().startsWith( QStringLiteral(
      "catalogue.json: /indicators/6/maximum: expected a number greater than the minimum 0" ) ) )
      << errorOf( result );
}

TEST( DpkIndicatorCatalogue, RefusesAnotherFormatVersion )
{
  QJsonObject catalogue = standardJson();
  catalogue.insert( QStringLiteral( "catalogueVersion" ), 2 );
  const DpkResult<DpkIndicatorCatalogue> result = DpkIndicatorCatalogue::fromJson(
      QJsonDocument( catalogue ).toJson(), QStringLiteral( "catalogue.json" ) );
  ASSERT_FALSE( result.isOk() );
  EXPECT_EQ( result.error(),
             QStringLiteral( "catalogue.json: /catalogueVersion: expected 1, found 2" ) );
}

TEST( DpkIndicatorCatalogue, ReportsBrokenJsonWithLineAndColumn )
{
  const DpkResult<DpkIndicatorCatalogue> result = DpkIndicatorCatalogue::fromJson(
      QByteArray( "{\n  \"catalogueVersion\": 1,\n  \"id\" \"x\"\n}" ),
      QStringLiteral( "catalogue.json" ) );
  ASSERT_FALSE( result.isOk() );
  EXPECT_TRUE( result.error().startsWith( QStringLiteral( "catalogue.json:3:" ) ) )
      << errorOf( result );
  EXPECT_TRUE( result.error().contains( QStringLiteral( "not valid JSON" ) ) );
}

TEST( DpkIndicatorCatalogue, ReportsAFileThatCannotBeRead )
{
  const QString path = QDir::tempPath() + QStringLiteral( "/no-such-catalogue.json" );
  const DpkResult<DpkIndicatorCatalogue> result = DpkIndicatorCatalogue::fromFile( path );
  ASSERT_FALSE( result.isOk() );
  EXPECT_TRUE( result.error().startsWith( path ) ) << errorOf( result );
}

TEST( DpkIndicatorCatalogue, OrganisationCatalogueAddsIndicators )
{
  QJsonObject local = standardIndicator(
      QStringLiteral( "meritvarde" ),
      { { QStringLiteral( "id" ), QStringLiteral( "meritvarde_utan_nyanlanda" ) },
        { QStringLiteral( "nameSv" ), QStringLiteral( "Meritvärde utan nyanlända" ) } } );
  const DpkResult<DpkIndicatorCatalogue> result = onStandard( { local } );
  ASSERT_TRUE( result.isOk() ) << errorOf( result );

  const DpkIndicatorCatalogue &catalogue = result.value();
  EXPECT_EQ( catalogue.indicators().size(), 15 );
  EXPECT_EQ( catalogue.indicators().last().id, QStringLiteral( "meritvarde_utan_nyanlanda" ) );
  EXPECT_EQ( catalogue.sourceOf( QStringLiteral( "meritvarde_utan_nyanlanda" ) ),
             QStringLiteral( "org.json" ) );
  EXPECT_EQ( catalogue.sourceOf( QStringLiteral( "meritvarde" ) ), STANDARD_PATH );
  EXPECT_EQ( catalogue.sourceNames(),
             QStringList( { STANDARD_PATH, QStringLiteral( "org.json" ) } ) );
  EXPECT_EQ( catalogue.id(), QStringLiteral( "kommunen" ) );
}

TEST( DpkIndicatorCatalogue, OrganisationCatalogueReplacesOnlyWhenItSaysSo )
{
  const QJsonObject stricter = standardIndicator(
      QStringLiteral( "meritvarde" ),
      { { QStringLiteral( "minimumGroup" ), 20 }, { QStringLiteral( "replaces" ), true } } );
  const DpkResult<DpkIndicatorCatalogue> result = onStandard( { stricter } );
  ASSERT_TRUE( result.isOk() ) << errorOf( result );
  EXPECT_EQ( result.value().indicators().size(), 14 );
  EXPECT_EQ( result.value().indicators().first().id, QStringLiteral( "meritvarde" ) );
  EXPECT_EQ( result.value().indicator( QStringLiteral( "meritvarde" ) )->minimumGroup, 20 );
  EXPECT_EQ( result.value().sourceOf( QStringLiteral( "meritvarde" ) ),
             QStringLiteral( "org.json" ) );
}

TEST( DpkIndicatorCatalogue, AReplacementMayNotLowerTheMinimumGroup )
{
  const QJsonObject lenient = standardIndicator(
      QStringLiteral( "meritvarde" ),
      { { QStringLiteral( "minimumGroup" ), 1 }, { QStringLiteral( "replaces" ), true } } );
  const DpkResult<DpkIndicatorCatalogue> result = onStandard( { lenient } );
  ASSERT_FALSE( result.isOk() );
  EXPECT_TRUE(
      result.error().startsWith( QStringLiteral( "org.json: /indicators/0/minimumGroup: 1 " ) ) )
      << errorOf( result );
  EXPECT_TRUE( result.error().contains( QStringLiteral( "minimum group 10" ) ) )
      << errorOf( result );
  EXPECT_TRUE( result.error().contains( STANDARD_PATH ) ) << errorOf( result );
}

TEST( DpkIndicatorCatalogue, IdCollisionWithoutReplacesNamesBothFilesAndTheId )
{
  const QJsonObject clash = standardIndicator( QStringLiteral( "meritvarde" ),
                                               { { QStringLiteral( "minimumGroup" ), 20 } } );
  const DpkResult<DpkIndicatorCatalogue> result = onStandard( { clash } );
  ASSERT_FALSE( result.isOk() );
  EXPECT_TRUE( result.error().startsWith( QStringLiteral( "org.json: /indicators/0/id:" ) ) )
      << errorOf( result );
  EXPECT_TRUE( result.error().contains( QStringLiteral( "\"meritvarde\"" ) ) );
  EXPECT_TRUE( result.error().contains( STANDARD_PATH ) ) << errorOf( result );
  EXPECT_TRUE( result.error().contains( QStringLiteral( "\"replaces\": true" ) ) );
}

TEST( DpkIndicatorCatalogue, ReplacingAnUnknownIndicatorIsAnError )
{
  const QJsonObject typo = standardIndicator(
      QStringLiteral( "meritvarde" ), { { QStringLiteral( "id" ), QStringLiteral( "meritvärde" ) },
                                        { QStringLiteral( "replaces" ), true } } );
  // The id breaks the id pattern as well; fix it to reach the replacement rule.
  QJsonObject unknown = typo;
  unknown.insert( QStringLiteral( "id" ), QStringLiteral( "merit" ) );
  const DpkResult<DpkIndicatorCatalogue> result = onStandard( { unknown } );
  ASSERT_FALSE( result.isOk() );
  EXPECT_TRUE( result.error().startsWith(
      QStringLiteral( "org.json: /indicators/0/replaces: no indicator with the id \"merit\"" ) ) )
      << errorOf( result );
}

TEST( DpkIndicatorCatalogue, OrganisationIndicatorsMayBeWeightedByBuiltInCounts )
{
  const QJsonObject local = standardIndicator(
      QStringLiteral( "alla_amnen" ), { { QStringLiteral( "id" ), QStringLiteral( "lokal" ) } } );
  EXPECT_TRUE( onStandard( { local } ).isOk() );

  // On its own the same file lacks the weight it names.
  const DpkResult<DpkIndicatorCatalogue> alone = DpkIndicatorCatalogue::fromJson(
      organisationCatalogue( { local } ), QStringLiteral( "org.json" ) );
  ASSERT_FALSE( alone.isOk() );
  EXPECT_EQ( alone.error(), QStringLiteral( "org.json: /indicators/0/weightIndicator: no "
                                            "indicator has the id \"elever_ak9\"" ) );
}

TEST( DpkIndicatorCatalogue, NamesUnitsForPeople )
{
  EXPECT_EQ( DpkIndicatorCatalogue::unitName( QStringLiteral( "percentage_points" ) ),
             QStringLiteral( "percentage points" ) );
  EXPECT_EQ( DpkIndicatorCatalogue::unitName( QStringLiteral( "pupils_per_teacher" ) ),
             QStringLiteral( "pupils per teacher" ) );
  EXPECT_EQ( DpkIndicatorCatalogue::unitName( QStringLiteral( "furlongs" ) ),
             QStringLiteral( "furlongs" ) );
}
