#include "dpkcommandrun.h"
#include "dpkdemocommand.h"
#include "dpkdemodata.h"
#include "dpkexportreader.h"
#include "dpkindicatorcatalogue.h"
#include "dpkpdfpages.h"
#include "dpkprojectupdater.h"

#include <qgsmaplayer.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace
{
const QString NAME = QStringLiteral( "demokoping-2024-25" );
const QStringList INDICATORS{ QStringLiteral( "meritvarde" ), QStringLiteral( "alla_amnen" ),
                              QStringLiteral( "behorig_yrkes" ) };

std::unique_ptr<QgsVectorLayer> table( const QString &geopackage, const QString &name )
{
  auto layer = std::make_unique<QgsVectorLayer>(
      QStringLiteral( "%1|layername=%2" ).arg( geopackage, name ), name, QStringLiteral( "ogr" ) );
  EXPECT_TRUE( layer->isValid() ) << geopackage.toStdString() << " " << name.toStdString();
  return layer;
}

//! Returns every attribute of every feature of \a name, one line per feature, sorted.
QStringList attributeValues( const QString &geopackage, const QString &name )
{
  QStringList rows;
  const auto layer = table( geopackage, name );
  QgsFeatureIterator it = layer->getFeatures();
  QgsFeature feature;
  while ( it.nextFeature( feature ) )
  {
    QStringList values;
    for ( const QVariant &value : feature.attributes() )
      values << ( value.isNull() ? QStringLiteral( "NULL" ) : value.toString() );
    rows << values.join( QLatin1Char( '|' ) );
  }
  rows.sort();
  return rows;
}

DpkCommandRun demo( const QString &folder )
{
  return DpkCommandRun::of<DpkDemoCommand>(
      { QStringLiteral( "--out" ), folder, QStringLiteral( "--quiet" ) } );
}
} // namespace

TEST( DpkDemoCommand, MakesTheProjectGeoPackageAndPdfsOfTheDemo )
{
  QTemporaryDir work;
  const DpkCommandRun result = demo( work.path() );
  ASSERT_EQ( result.exitCode, DpkCommand::Success ) << result.err.toStdString();
  const QDir out( work.path() );
  const QString geopackage = out.filePath( NAME + QStringLiteral( ".gpkg" ) );
  const QString projectFile = out.filePath( NAME + QStringLiteral( ".qgz" ) );
  EXPECT_TRUE( result.out.contains( geopackage ) ) << result.out.toStdString();
  EXPECT_TRUE( result.out.contains( projectFile ) ) << result.out.toStdString();

  // The project reopens with the plugin's layers: school and area layers per indicator, and the
  // unplaced schools.
  QgsProject project;
  ASSERT_TRUE( project.read( projectFile ) ) << project.error().toStdString();
  int pluginLayers = 0;
  for ( QgsMapLayer *layer : project.mapLayers() )
  {
    if ( !layer->customProperty( DpkProjectUpdater::GEOPACKAGE_PROPERTY ).toString().isEmpty() )
    {
      ++pluginLayers;
      EXPECT_TRUE( layer->isValid() ) << layer->name().toStdString();
    }
  }
  EXPECT_EQ( pluginLayers, 2 * INDICATORS.size() + 1 );

  // A sheet and an atlas per indicator; the atlas has a page per area of the demo's area file.
  const auto areas = table( out.filePath( QStringLiteral( "data/" ) + DpkDemoData::AREAS_FILE ),
                            QStringLiteral( "omraden" ) );
  EXPECT_EQ( areas->featureCount(), DpkDemoData::areaCount() );
  for ( const QString &indicator : INDICATORS )
  {
    const QString sheet = out.filePath( QStringLiteral( "%1-%2.pdf" ).arg( NAME, indicator ) );
    const QString atlas =
        out.filePath( QStringLiteral( "%1-%2-atlas.pdf" ).arg( NAME, indicator ) );
    EXPECT_EQ( dpkPdfPages( sheet ), 1 );
    EXPECT_EQ( dpkPdfPages( atlas ), areas->featureCount() );
    EXPECT_TRUE( result.out.contains( atlas ) ) << result.out.toStdString();
  }
}

TEST( DpkDemoCommand, ShowsASuppressedAndAnEstimatedAreaFigure )
{
  QTemporaryDir work;
  const DpkCommandRun result = demo( work.path() );
  ASSERT_EQ( result.exitCode, DpkCommand::Success ) << result.err.toStdString();
  const QString geopackage = QDir( work.path() ).filePath( NAME + QStringLiteral( ".gpkg" ) );

  int suppressed = 0;
  int estimated = 0;
  for ( const QString &indicator : INDICATORS )
  {
    const auto areas = table( geopackage, QStringLiteral( "omraden_" ) + indicator );
    QgsFeatureIterator it = areas->getFeatures();
    QgsFeature feature;
    while ( it.nextFeature( feature ) )
    {
      const QString status =
          feature.attribute( indicator + QStringLiteral( "_status" ) ).toString();
      if ( status == QLatin1String( "suppressed" ) )
      {
        ++suppressed;
        EXPECT_TRUE( feature.attribute( indicator ).isNull() );
      }
      if ( feature.attribute( indicator + QStringLiteral( "_estimated" ) ).toBool() )
      {
        ++estimated;
        EXPECT_FALSE( feature.attribute( indicator ).isNull() );
      }
    }
  }
  EXPECT_GT( suppressed, 0 );
  EXPECT_GT( estimated, 0 );
}

TEST( DpkDemoCommand, WritesResultsInTheExportFormatWithEveryMark )
{
  QTemporaryDir work;
  ASSERT_EQ( demo( work.path() ).exitCode, DpkCommand::Success );
  const QString path =
      QDir( work.path() ).filePath( QStringLiteral( "data/" ) + DpkDemoData::RESULTS_FILE );
  QFile file( path );
  ASSERT_TRUE( file.open( QIODevice::ReadOnly ) );
  const QByteArray bytes = file.readAll();
  EXPECT_TRUE( bytes.startsWith( "\xEF\xBB\xBF" ) );
  const QString text = QString::fromUtf8( bytes );
  EXPECT_TRUE( text.contains( QStringLiteral( "\nValt läsår: 2024/25;" ) ) );
  for ( const QString &mark :
        { QStringLiteral( ";..;" ), QStringLiteral( ";.;" ), QStringLiteral( ";~100;" ) } )
    EXPECT_TRUE( text.contains( mark ) ) << mark.toStdString();

  // The project's own export reader reads it completely, every school in the demo municipality.
  const DpkResult<DpkIndicatorCatalogue> catalogue =
      DpkIndicatorCatalogue::builtInWith( QString() );
  ASSERT_TRUE( catalogue.isOk() ) << catalogue.error().toStdString();
  const DpkResult<DpkDataset> read =
      DpkExportReader( catalogue.value().indicators() ).readFile( path );
  ASSERT_TRUE( read.isOk() ) << read.error().toStdString();
  EXPECT_TRUE( read.value().report.complete );
  EXPECT_TRUE( read.value().report.rejected.isEmpty() );
  EXPECT_GT( read.value().report.footnoteLines, 0 );
  EXPECT_EQ( read.value().period, DpkPeriod( 2024 ) );
  EXPECT_GE( read.value().schools.size(), 20 );
  for ( const DpkSchool &school : read.value().schools )
    EXPECT_EQ( school.municipalityCode, DpkDemoData::MUNICIPALITY ) << school.code.toStdString();
}

TEST( DpkDemoCommand, GivesTheSameFiguresOnEveryRun )
{
  QTemporaryDir first;
  QTemporaryDir second;
  ASSERT_EQ( demo( first.path() ).exitCode, DpkCommand::Success );
  ASSERT_EQ( demo( second.path() ).exitCode, DpkCommand::Success );
  const QString file = NAME + QStringLiteral( ".gpkg" );
  for ( const QString &indicator : INDICATORS )
  {
    for ( const QString &name :
          { QStringLiteral( "omraden_" ) + indicator, QStringLiteral( "skolor_" ) + indicator } )
    {
      const QStringList a = attributeValues( QDir( first.path() ).filePath( file ), name );
      EXPECT_FALSE( a.isEmpty() ) << name.toStdString();
      EXPECT_EQ( a, attributeValues( QDir( second.path() ).filePath( file ), name ) )
          << name.toStdString();
    }
  }
}

TEST( DpkDemoCommand, AsksForTheOutputFolder )
{
  const DpkCommandRun result = DpkCommandRun::of<DpkDemoCommand>( {} );
  EXPECT_EQ( result.exitCode, DpkCommand::BadInput );
  EXPECT_TRUE( result.err.contains( QStringLiteral( "--out" ) ) ) << result.err.toStdString();
}

TEST( DpkDemoCommand, NamesAnOutputFolderThatCannotBeMade )
{
  // A file stands where the folder should be made.
  QTemporaryDir work;
  const QString blocker = QDir( work.path() ).filePath( QStringLiteral( "demo" ) );
  QFile file( blocker );
  ASSERT_TRUE( file.open( QIODevice::WriteOnly ) );
  file.close();
  const DpkCommandRun result = DpkCommandRun::of<DpkDemoCommand>(
      { QStringLiteral( "--out" ), blocker, QStringLiteral( "--quiet" ) } );
  EXPECT_EQ( result.exitCode, DpkCommand::BadInput );
  EXPECT_TRUE( result.err.contains( blocker ) ) << result.err.toStdString();
}
