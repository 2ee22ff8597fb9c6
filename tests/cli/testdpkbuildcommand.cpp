#include "dpkbuildcommand.h"
#include "dpkcommandrun.h"
#include "dpklayouttemplates.h"
#include "dpkpdfpages.h"
#include "dpkprojectupdater.h"
#include "dpkrunconfig.h"
#include "dpkstockholmfixture.h"
#include "dpktestfiles.h"

#include <qgslayoutatlas.h>
#include <qgslayoutmanager.h>
#include <qgsmaplayer.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

/**
 * The real Stockholm case as a configuration file, with the cache and the output relative to the
 * file's folder.
 */
class DpkBuildCommandOnStockholm : public DpkStockholmFixture
{
protected:
  void SetUp() override
  {
    DpkStockholmFixture::SetUp();
    mJson = mConfig.toJson();
    QJsonObject schools = mJson.value( QStringLiteral( "schools" ) ).toObject();
    schools.insert( QStringLiteral( "cacheDir" ), QStringLiteral( "cache" ) );
    mJson.insert( QStringLiteral( "schools" ), schools );
    mJson.insert(
        QStringLiteral( "output" ),
        QJsonObject{ { QStringLiteral( "dir" ), QStringLiteral( "out" ) },
                     { QStringLiteral( "name" ), QStringLiteral( "stockholm-2024-25" ) } } );
  }

  //! Writes \a config as run.json in the work folder and builds it.
  DpkCommandRun build( const QJsonObject &config, const QStringList &options = {} )
  {
    const QString path = mWork.filePath( QStringLiteral( "run.json" ) );
    QFile file( path );
    EXPECT_TRUE( file.open( QIODevice::WriteOnly ) );
    file.write( QJsonDocument( config ).toJson() );
    file.close();
    return DpkCommandRun::of<DpkBuildCommand>( QStringList{ QStringLiteral( "--config" ), path } +
                                               options );
  }

  QString output( const QString &suffix ) const
  {
    return mWork.filePath( QStringLiteral( "out/stockholm-2024-25" ) + suffix );
  }

  QJsonObject mJson;
};

TEST_F( DpkBuildCommandOnStockholm, WritesTheGeoPackageAndAProjectWithTheStyledLayers )
{
  ASSERT_TRUE( QDir( mWork.path() ).mkpath( QStringLiteral( "out" ) ) );
  QJsonObject config = mJson;
  config.insert( QStringLiteral( "comment" ), QStringLiteral( "made by the test" ) );
  const DpkCommandRun result = build( config );
  ASSERT_EQ( result.exitCode, DpkCommand::Success ) << result.err.toStdString();

  // The files, relative to the configuration's folder, and nothing half-written beside them.
  ASSERT_TRUE( QFile::exists( output( QStringLiteral( ".gpkg" ) ) ) );
  ASSERT_TRUE( QFile::exists( output( QStringLiteral( ".qgz" ) ) ) );
  EXPECT_EQ( QDir( mWork.filePath( QStringLiteral( "out" ) ) )
                 .entryList( QDir::Files | QDir::NoDotAndDotDot )
                 .size(),
             2 );

  // The project reopens with the plugin's seven layers: a school and an area layer per
  // indicator, and the unplaced schools.
  QgsProject project;
  ASSERT_TRUE( project.read( output( QStringLiteral( ".qgz" ) ) ) )
      << project.error().toStdString();
  int pluginLayers = 0;
  for ( QgsMapLayer *layer : project.mapLayers() )
  {
    if ( !layer->customProperty( DpkProjectUpdater::GEOPACKAGE_PROPERTY ).toString().isEmpty() )
    {
      ++pluginLayers;
      EXPECT_TRUE( layer->isValid() ) << layer->name().toStdString();
    }
  }
  EXPECT_EQ( pluginLayers, 7 );
  EXPECT_EQ( project.crs().authid(), QStringLiteral( "EPSG:3006" ) );
  EXPECT_TRUE( DpkProjectUpdater::storedRun( &project ).has_value() );

  // The summary names the unplaced schools; the unknown key and the progress are on stderr.
  EXPECT_TRUE( result.out.contains( QStringLiteral( "Schools read: 149, on the map: 147" ) ) )
      << result.out.toStdString();
  for ( const QString &code : { QStringLiteral( "51772207" ), QStringLiteral( "72066571" ),
                                QStringLiteral( "83584296" ) } )
    EXPECT_TRUE( result.out.contains( QStringLiteral( "\n  %1  " ).arg( code ) ) )
        << code.toStdString();
  EXPECT_TRUE( result.out.contains( output( QStringLiteral( ".gpkg" ) ) ) );
  EXPECT_TRUE( result.err.contains( QStringLiteral( "'comment'" ) ) ) << result.err.toStdString();
  static const QRegularExpression progressLine( QStringLiteral( "^\\d+ %  \\S" ),
                                                QRegularExpression::MultilineOption );
  EXPECT_TRUE( progressLine.match( result.err ).hasMatch() ) << result.err.toStdString();
}

TEST_F( DpkBuildCommandOnStockholm, PrintsNoProgressWhenQuiet )
{
  const DpkCommandRun result = build( mJson, { QStringLiteral( "--quiet" ) } );
  ASSERT_EQ( result.exitCode, DpkCommand::Success ) << result.err.toStdString();
  EXPECT_TRUE( result.err.isEmpty() ) << result.err.toStdString();

  // A second build replaces the project it made, and says that additions to it are not kept.
  const DpkCommandRun again = build( mJson, { QStringLiteral( "--quiet" ) } );
  ASSERT_EQ( again.exitCode, DpkCommand::Success ) << again.err.toStdString();
  EXPECT_TRUE( again.err.contains( output( QStringLiteral( ".qgz" ) ) ) )
      << again.err.toStdString();
  EXPECT_TRUE( again.err.contains( QStringLiteral( "datapakarta refresh keeps them" ) ) )
      << again.err.toStdString();
}

TEST_F( DpkBuildCommandOnStockholm, PrintsTheSummaryAsOneJsonObjectWithJson )
{
  QJsonObject config = mJson;
  config.insert( QStringLiteral( "comment" ), QStringLiteral( "made by the test" ) );
  const DpkCommandRun result = build( config, { QStringLiteral( "--json" ) } );
  ASSERT_EQ( result.exitCode, DpkCommand::Success ) << result.err.toStdString();

  // Nothing but the object on the output stream; the progress stays on the error stream.
  QJsonParseError error;
  const QJsonDocument document = QJsonDocument::fromJson( result.out.toUtf8(), &error );
  ASSERT_EQ( error.error, QJsonParseError::NoError ) << result.out.toStdString();
  EXPECT_FALSE( result.err.isEmpty() );
  const QJsonObject report = document.object();
  EXPECT_EQ( report.value( QStringLiteral( "command" ) ).toString(), QStringLiteral( "build" ) );
  EXPECT_EQ( report.value( QStringLiteral( "status" ) ).toString(), QStringLiteral( "success" ) );
  EXPECT_EQ( report.value( QStringLiteral( "schoolYear" ) ).toString(),
             QStringLiteral( "2024/25" ) );
  EXPECT_EQ(
      report.value( QStringLiteral( "files" ) ).toArray(),
      QJsonArray( { output( QStringLiteral( ".gpkg" ) ), output( QStringLiteral( ".qgz" ) ) } ) );

  const QJsonObject counts = report.value( QStringLiteral( "counts" ) ).toObject();
  EXPECT_EQ( counts.value( QStringLiteral( "schoolsRead" ) ).toInt(), 149 );
  EXPECT_EQ( counts.value( QStringLiteral( "schoolsPlaced" ) ).toInt(), 147 );
  QStringList unplaced;
  for ( const QJsonValue &school : report.value( QStringLiteral( "unplacedSchools" ) ).toArray() )
    unplaced << school.toObject().value( QStringLiteral( "code" ) ).toString();
  for ( const QString &code : { QStringLiteral( "51772207" ), QStringLiteral( "72066571" ),
                                QStringLiteral( "83584296" ) } )
    EXPECT_TRUE( unplaced.contains( code ) ) << code.toStdString();
  EXPECT_EQ( counts.value( QStringLiteral( "schoolsUnplaced" ) ).toInt(), unplaced.size() );
  EXPECT_TRUE( report.value( QStringLiteral( "suppressed" ) )
                   .toObject()
                   .contains( QStringLiteral( "meritvarde" ) ) );

  // The unknown key is a warning of the report, naming the file and the key.
  bool keyWarned = false;
  for ( const QJsonValue &warning : report.value( QStringLiteral( "warnings" ) ).toArray() )
    keyWarned = keyWarned || warning.toString().contains( QStringLiteral( "'comment'" ) );
  EXPECT_TRUE( keyWarned ) << result.out.toStdString();
}

TEST_F( DpkBuildCommandOnStockholm, NamesTheKeyOfAConfigurationError )
{
  QJsonObject config = mJson;
  config.insert( QStringLiteral( "municipality" ), QStringLiteral( "180" ) );
  const DpkCommandRun result = build( config );
  EXPECT_EQ( result.exitCode, DpkCommand::BadInput );
  EXPECT_TRUE( result.err.contains( QStringLiteral( "'municipality'" ) ) )
      << result.err.toStdString();
  EXPECT_TRUE( result.err.contains( mWork.filePath( QStringLiteral( "run.json" ) ) ) );
  EXPECT_TRUE( result.out.isEmpty() );
  EXPECT_FALSE( QFile::exists( output( QStringLiteral( ".gpkg" ) ) ) );

  config = mJson;
  QJsonObject areas = config.value( QStringLiteral( "areas" ) ).toObject();
  areas.insert( QStringLiteral( "path" ), QStringLiteral( "nowhere.shp" ) );
  config.insert( QStringLiteral( "areas" ), areas );
  const DpkCommandRun missing = build( config );
  EXPECT_EQ( missing.exitCode, DpkCommand::BadInput );
  EXPECT_TRUE( missing.err.contains( QStringLiteral( "'areas.path'" ) ) )
      << missing.err.toStdString();
  EXPECT_TRUE( missing.err.contains( mWork.filePath( QStringLiteral( "nowhere.shp" ) ) ) );
}

TEST_F( DpkBuildCommandOnStockholm, AFailedBuildLeavesTheEarlierOutputUntouched )
{
  const DpkCommandRun first = build( mJson, { QStringLiteral( "--quiet" ) } );
  ASSERT_EQ( first.exitCode, DpkCommand::Success ) << first.err.toStdString();
  const QByteArray geopackage = dpkChecksum( output( QStringLiteral( ".gpkg" ) ) );
  const QByteArray project = dpkChecksum( output( QStringLiteral( ".qgz" ) ) );

  // The areas are read after the results and locations: this build fails halfway.
  QJsonObject config = mJson;
  QJsonObject areas = config.value( QStringLiteral( "areas" ) ).toObject();
  areas.insert( QStringLiteral( "codeField" ), QStringLiteral( "SDN" ) );
  config.insert( QStringLiteral( "areas" ), areas );
  const DpkCommandRun failed = build( config, { QStringLiteral( "--quiet" ) } );
  EXPECT_EQ( failed.exitCode, DpkCommand::BadInput );
  EXPECT_TRUE( failed.err.contains( QStringLiteral( "'SDN'" ) ) ) << failed.err.toStdString();
  EXPECT_TRUE( failed.err.contains( QStringLiteral( "'areas.codeField'" ) ) )
      << failed.err.toStdString();

  EXPECT_EQ( dpkChecksum( output( QStringLiteral( ".gpkg" ) ) ), geopackage );
  EXPECT_EQ( dpkChecksum( output( QStringLiteral( ".qgz" ) ) ), project );
  EXPECT_EQ( QDir( mWork.filePath( QStringLiteral( "out" ) ) )
                 .entryList( QDir::Files | QDir::NoDotAndDotDot )
                 .size(),
             2 );
}

TEST_F( DpkBuildCommandOnStockholm, NamesTheUrlOfAnUnavailableLocationSource )
{
  mServer.setFault( QStringLiteral( "/planned-educations/v4/school-units" ),
                    DpkReplayServer::Fault{ DpkReplayServer::Fault::Kind::HttpError, 404 } );
  const DpkCommandRun result = build( mJson, { QStringLiteral( "--quiet" ) } );
  EXPECT_EQ( result.exitCode, DpkCommand::SourceUnavailable );
  EXPECT_TRUE( result.err.contains(
      mServer.url( QStringLiteral( "/planned-educations/v4/school-units" ) ).toString() ) )
      << result.err.toStdString();
}

TEST_F( DpkBuildCommandOnStockholm, ExportsASheetAndAnAtlasPerIndicatorThatTheProjectHolds )
{
  QJsonObject config = mJson;
  config.insert( QStringLiteral( "layout" ),
                 QJsonObject{ { QStringLiteral( "template" ), QStringLiteral( "a4-landscape" ) },
                              { QStringLiteral( "atlas" ), true },
                              { QStringLiteral( "png" ), true } } );
  const DpkCommandRun result = build( config, { QStringLiteral( "--quiet" ) } );
  ASSERT_EQ( result.exitCode, DpkCommand::Success ) << result.err.toStdString();

  // A one-page sheet with its PNG and a page per stadsdelsområde, listed in the summary.
  for ( const QString &indicator : mConfig.indicators )
  {
    const QString sheet = output( QStringLiteral( "-%1.pdf" ).arg( indicator ) );
    const QString image = output( QStringLiteral( "-%1.png" ).arg( indicator ) );
    const QString atlas = output( QStringLiteral( "-%1-atlas.pdf" ).arg( indicator ) );
    EXPECT_EQ( dpkPdfPages( sheet ), 1 ) << sheet.toStdString();
    EXPECT_EQ( dpkPdfPages( atlas ), 13 ) << atlas.toStdString();
    EXPECT_TRUE( QFile::exists( image ) ) << image.toStdString();
    for ( const QString &file : { sheet, image, atlas } )
      EXPECT_TRUE( result.out.contains( file ) ) << file.toStdString();
  }
  EXPECT_TRUE( result.out.contains( QStringLiteral( "Map sheets: 9" ) ) )
      << result.out.toStdString();
  EXPECT_EQ( QDir( mWork.filePath( QStringLiteral( "out" ) ) )
                 .entryList( { QStringLiteral( "*partial*" ) }, QDir::Files )
                 .size(),
             0 );

  // The project holds the six layouts, and its stored run finds the files from its own folder.
  QgsProject project;
  ASSERT_TRUE( project.read( output( QStringLiteral( ".qgz" ) ) ) )
      << project.error().toStdString();
  const QList<QgsPrintLayout *> layouts = project.layoutManager()->printLayouts();
  EXPECT_EQ( layouts.size(), 6 );
  int atlases = 0;
  for ( QgsPrintLayout *layout : layouts )
    atlases += layout->atlas()->enabled() ? 1 : 0;
  EXPECT_EQ( atlases, 3 );
  const std::optional<DpkRunConfig> stored = DpkProjectUpdater::storedRun( &project );
  ASSERT_TRUE( stored.has_value() );
  EXPECT_TRUE( stored->hasLayout );
  EXPECT_TRUE( stored->layout.atlas );
  EXPECT_EQ( stored->outputDir, QStringLiteral( "." ) );
  EXPECT_EQ( stored->schools.cacheDir, QStringLiteral( "../cache" ) );
}

TEST_F( DpkBuildCommandOnStockholm, AnExportThatCannotBeWrittenLeavesTheEarlierFiles )
{
  QJsonObject config = mJson;
  config.insert( QStringLiteral( "layout" ), QJsonObject{ { QStringLiteral( "atlas" ), true } } );
  const DpkCommandRun first = build( config, { QStringLiteral( "--quiet" ) } );
  ASSERT_EQ( first.exitCode, DpkCommand::Success ) << first.err.toStdString();

  // The last atlas cannot replace a folder that now stands in its place; by then the GeoPackage
  // and every other sheet have been written again.
  const QString blocked = output( QStringLiteral( "-behorig_yrkes-atlas.pdf" ) );
  ASSERT_TRUE( QFile::remove( blocked ) );
  ASSERT_TRUE( QDir().mkpath( blocked ) );
  QStringList earlierFiles{ output( QStringLiteral( ".gpkg" ) ), output( QStringLiteral( ".qgz" ) ),
                            output( QStringLiteral( "-meritvarde-atlas.pdf" ) ) };
  for ( const QString &indicator : mConfig.indicators )
    earlierFiles << output( QStringLiteral( "-%1.pdf" ).arg( indicator ) );
  QList<QByteArray> earlier;
  for ( const QString &file : earlierFiles )
    earlier << dpkChecksum( file );

  const DpkCommandRun failed = build( config, { QStringLiteral( "--quiet" ) } );
  EXPECT_EQ( failed.exitCode, DpkCommand::Failure );
  EXPECT_TRUE( failed.err.contains( blocked ) ) << failed.err.toStdString();

  // Every earlier file is the earlier one, byte for byte, and nothing half-written is left.
  for ( int i = 0; i < earlierFiles.size(); ++i )
    EXPECT_EQ( dpkChecksum( earlierFiles.at( i ) ), earlier.at( i ) )
        << earlierFiles.at( i ).toStdString();
  EXPECT_EQ( dpkPdfPages( output( QStringLiteral( "-meritvarde-atlas.pdf" ) ) ), 13 );
  EXPECT_EQ( QDir( mWork.filePath( QStringLiteral( "out" ) ) )
                 .entryList( QDir::Files | QDir::Hidden )
                 .filter( QRegularExpression( QStringLiteral( "partial|kept" ) ) ),
             QStringList() );
}

TEST_F( DpkBuildCommandOnStockholm, NamesTheLayoutTemplateThatIsNeitherBuiltInNorAFile )
{
  QJsonObject config = mJson;
  config.insert( QStringLiteral( "layout" ),
                 QJsonObject{ { QStringLiteral( "template" ), QStringLiteral( "a5-round" ) } } );
  const DpkCommandRun result = build( config, { QStringLiteral( "--quiet" ) } );
  EXPECT_EQ( result.exitCode, DpkCommand::BadInput );
  EXPECT_TRUE( result.err.contains( QStringLiteral( "'layout.template'" ) ) )
      << result.err.toStdString();
  EXPECT_TRUE( result.err.contains( QStringLiteral( "a4-landscape" ) ) );
  EXPECT_FALSE( QFile::exists( output( QStringLiteral( ".gpkg" ) ) ) );
}

TEST_F( DpkBuildCommandOnStockholm, RefusesATemplateLackingAnItemBeforeWritingAnything )
{
  // The built-in sheet with its suppression note renamed: the run must stop before the build.
  QFile builtIn( DpkLayoutTemplates::builtInPath( QStringLiteral( "a4-landscape" ) ) );
  ASSERT_TRUE( builtIn.open( QIODevice::ReadOnly ) );
  QByteArray text = builtIn.readAll();
  ASSERT_TRUE( text.contains( "id=\"suppression\"" ) );
  text.replace( "id=\"suppression\"", "id=\"note\"" );
  const QString broken = mWork.filePath( QStringLiteral( "gammal.qpt" ) );
  QFile file( broken );
  ASSERT_TRUE( file.open( QIODevice::WriteOnly ) );
  file.write( text );
  file.close();

  QJsonObject config = mJson;
  config.insert( QStringLiteral( "layout" ),
                 QJsonObject{ { QStringLiteral( "template" ), broken } } );
  const DpkCommandRun result = build( config, { QStringLiteral( "--quiet" ) } );
  EXPECT_EQ( result.exitCode, DpkCommand::BadInput );
  EXPECT_TRUE( result.err.contains( QStringLiteral( "'layout.template'" ) ) )
      << result.err.toStdString();
  EXPECT_TRUE( result.err.contains( broken ) ) << result.err.toStdString();
  EXPECT_TRUE( result.err.contains( QStringLiteral( "'suppression'" ) ) )
      << result.err.toStdString();
  EXPECT_FALSE( QFile::exists( output( QStringLiteral( ".gpkg" ) ) ) );
}

TEST_F( DpkBuildCommandOnStockholm, NamesAnAuthenticationConfigurationThisComputerLacks )
{
  QJsonObject config = mJson;
  QJsonObject schools = config.value( QStringLiteral( "schools" ) ).toObject();
  schools.insert( QStringLiteral( "authcfg" ), QStringLiteral( "zzzz999" ) );
  config.insert( QStringLiteral( "schools" ), schools );
  const DpkCommandRun result = build( config, { QStringLiteral( "--quiet" ) } );
  EXPECT_EQ( result.exitCode, DpkCommand::BadInput ) << result.err.toStdString();
  EXPECT_TRUE( result.err.contains( QStringLiteral( "'schools.authcfg'" ) ) )
      << result.err.toStdString();
  EXPECT_TRUE( result.err.contains( QStringLiteral( "zzzz999" ) ) ) << result.err.toStdString();
  EXPECT_EQ( mServer.requestCount(), 0 );
  EXPECT_FALSE( QFile::exists( output( QStringLiteral( ".gpkg" ) ) ) );
}

TEST( DpkBuildCommand, HelpPointsToTheConfigurationDocumentation )
{
  const DpkCommandRun result = DpkCommandRun::of<DpkBuildCommand>( { QStringLiteral( "--help" ) } );
  EXPECT_EQ( result.exitCode, DpkCommand::Success );
  EXPECT_TRUE( result.out.contains( QStringLiteral( "resources/docs/run-configuration.md" ) ) );
  EXPECT_TRUE(
      QFile::exists( QStringLiteral( DPK_SOURCE_DIR "/resources/docs/run-configuration.md" ) ) );
}

TEST( DpkBuildCommand, AsksForAConfiguration )
{
  const DpkCommandRun result = DpkCommandRun::of<DpkBuildCommand>( {} );
  EXPECT_EQ( result.exitCode, DpkCommand::BadInput );
  EXPECT_TRUE( result.err.contains( QStringLiteral( "--config" ) ) );

  const DpkCommandRun missing = DpkCommandRun::of<DpkBuildCommand>(
      { QStringLiteral( "--config" ), QStringLiteral( "/nowhere/run.json" ) } );
  EXPECT_EQ( missing.exitCode, DpkCommand::BadInput );
  EXPECT_TRUE( missing.err.contains( QStringLiteral( "/nowhere/run.json" ) ) );
}

TEST( DpkBuildCommand, TheDocumentedExampleIsAValidConfiguration )
{
  const QString path = QStringLiteral( DPK_SOURCE_DIR "/resources/docs/run-config.example.json" );
  QFile file( path );
  ASSERT_TRUE( file.open( QIODevice::ReadOnly ) ) << path.toStdString();
  QStringList unknownKeys;
  const DpkResult<DpkRunConfig> config =
      DpkRunConfig::fromJson( file.readAll(), path, &unknownKeys );
  ASSERT_TRUE( config.isOk() ) << config.error().toStdString();
  EXPECT_TRUE( unknownKeys.isEmpty() ) << unknownKeys.join( QStringLiteral( ", " ) ).toStdString();
  EXPECT_TRUE( config.value().hasAreas );
  EXPECT_FALSE( config.value().areas.layerName.isEmpty() );
  EXPECT_FALSE( config.value().schools.authcfg.isEmpty() );
  EXPECT_FALSE( config.value().schools.cacheDir.isEmpty() );
}
