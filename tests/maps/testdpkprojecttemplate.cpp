#include "dpkdemodata.h"
#include "dpkindicatorcatalogue.h"
#include "dpklanguage.h"
#include "dpkmapbuilder.h"
#include "dpkprojecttemplate.h"
#include "dpkprojectupdater.h"

#include <qgsarchive.h>
#include <qgslayertree.h>
#include <qgslayoutmanager.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgssettings.h>

#include <QDir>
#include <QDomDocument>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace
{
//! Returns the template committed in the repository.
QString committed()
{
  return QStringLiteral( DPK_SOURCE_DIR "/resources/templates/" ) + DpkProjectTemplate::FILE_NAME;
}

/**
 * Writes \a element and its children as lines that do not depend on what changes between two
 * writes of the same project: attributes sorted, the save date, user and QGIS version left out,
 * and every generated id replaced by the order in which it first appears.
 */
void canonical( const QDomElement &element, const QString &path, QHash<QString, int> &ids,
                QStringList &lines )
{
  static const QRegularExpression generatedId( QStringLiteral(
      "[0-9a-f]{8}[-_][0-9a-f]{4}[-_][0-9a-f]{4}[-_][0-9a-f]{4}[-_][0-9a-f]{12}" ) );
  static const QStringList volatileAttributes{
      QStringLiteral( "saveDateTime" ), QStringLiteral( "saveUser" ),
      QStringLiteral( "saveUserFull" ), QStringLiteral( "version" ) };
  const auto stable = [ &ids ]( QString text )
  {
    QRegularExpressionMatch match = generatedId.match( text );
    while ( match.hasMatch() )
    {
      const QString id = match.captured( 0 );
      if ( !ids.contains( id ) )
        ids.insert( id, ids.size() );
      text.replace( id, QStringLiteral( "#%1" ).arg( ids.value( id ) ) );
      match = generatedId.match( text );
    }
    return text;
  };

  const QString here = path + QLatin1Char( '/' ) + element.tagName();
  QStringList attributes;
  const QDomNamedNodeMap map = element.attributes();
  for ( int i = 0; i < map.count(); ++i )
  {
    const QDomAttr attribute = map.item( i ).toAttr();
    if ( path.isEmpty() && volatileAttributes.contains( attribute.name() ) )
      continue;
    attributes << QStringLiteral( "%1=%2" ).arg( attribute.name(), attribute.value() );
  }
  attributes.sort();
  QStringList stableAttributes;
  for ( const QString &attribute : attributes )
    stableAttributes << stable( attribute );
  lines << here + QLatin1Char( ' ' ) + stableAttributes.join( QLatin1Char( ' ' ) );
  for ( QDomNode child = element.firstChild(); !child.isNull(); child = child.nextSibling() )
  {
    if ( child.isElement() )
      canonical( child.toElement(), here, ids, lines );
    else if ( child.isText() && !child.nodeValue().trimmed().isEmpty() )
      lines << here + QStringLiteral( " text " ) + stable( child.nodeValue().trimmed() );
  }
}

//! Returns the project XML of the .qgz file \a path as canonical lines.
QStringList projectLines( const QString &path )
{
  QgsProjectArchive archive;
  EXPECT_TRUE( archive.unzip( path ) ) << path.toStdString();
  QFile file( archive.projectFile() );
  EXPECT_TRUE( file.open( QIODevice::ReadOnly ) ) << path.toStdString();
  QDomDocument document;
  EXPECT_TRUE( document.setContent( &file ) ) << path.toStdString();
  QHash<QString, int> ids;
  QStringList lines;
  canonical( document.documentElement(), QString(), ids, lines );
  return lines;
}

//! Returns the plugin's layouts in \a project: those that say their indicator.
QList<QgsPrintLayout *> pluginLayouts( QgsProject &project )
{
  QList<QgsPrintLayout *> layouts;
  for ( QgsPrintLayout *layout : project.layoutManager()->printLayouts() )
  {
    if ( !layout->customProperty( DpkProjectUpdater::INDICATOR_PROPERTY ).toString().isEmpty() )
      layouts << layout;
  }
  return layouts;
}
} // namespace

TEST( DpkProjectTemplate, TheCommittedTemplateIsWhatTheGeneratorMakesNow )
{
  ASSERT_TRUE( QFileInfo( committed() ).isFile() ) << committed().toStdString();
  QTemporaryDir work;
  const QString generated = QDir( work.path() ).filePath( DpkProjectTemplate::FILE_NAME );
  DpkLanguage swedish;
  swedish.install( QStringLiteral( "sv" ) );
  const DpkResult<QString> written = DpkProjectTemplate::write( generated );
  swedish.remove();
  ASSERT_TRUE( written.isOk() ) << written.error().toStdString();

  const QStringList expected = projectLines( generated );
  const QStringList stored = projectLines( committed() );
  ASSERT_GT( expected.size(), 100 );
  for ( int i = 0; i < std::max( expected.size(), stored.size() ); ++i )
  {
    ASSERT_EQ( stored.value( i ).toStdString(), expected.value( i ).toStdString() )
        << "resources/templates/" << DpkProjectTemplate::FILE_NAME.toStdString()
        << " is not what the generator makes now, at line " << i
        << "; run cmake --build build --target project-template and commit the file";
  }
}

TEST( DpkProjectTemplate, InstallsIntoQgisProjectTemplateFolderOfTheProfile )
{
  EXPECT_EQ( DpkProjectTemplate::templateFolder(),
             QgsApplication::qgisSettingsDirPath() + QStringLiteral( "project_templates" ) );
  QTemporaryDir chosen;
  QgsSettings().setValue( QStringLiteral( "qgis/projectTemplateDir" ), chosen.path() );
  const QString folder = DpkProjectTemplate::templateFolder();
  QgsSettings().remove( QStringLiteral( "qgis/projectTemplateDir" ) );
  EXPECT_EQ( folder, chosen.path() );

  const QString target = QDir( chosen.path() ).filePath( QStringLiteral( "mallar" ) );
  const DpkResult<QString> installed = DpkProjectTemplate::install( target );
  ASSERT_TRUE( installed.isOk() ) << installed.error().toStdString();
  EXPECT_EQ( installed.value(), QDir( target ).filePath( DpkProjectTemplate::FILE_NAME ) );
  EXPECT_EQ( projectLines( installed.value() ), projectLines( committed() ) );

  // Installing again replaces the earlier copy.
  ASSERT_TRUE( DpkProjectTemplate::install( target ).isOk() );
  EXPECT_EQ( QDir( target ).entryList( QDir::Files ),
             QStringList{ DpkProjectTemplate::FILE_NAME } );
}

TEST( DpkProjectTemplate, NamesTheFolderItCannotInstallInto )
{
  QTemporaryDir work;
  const QString file = QDir( work.path() ).filePath( QStringLiteral( "en-fil" ) );
  QFile blocker( file );
  ASSERT_TRUE( blocker.open( QIODevice::WriteOnly ) );
  blocker.close();
  const DpkResult<QString> installed = DpkProjectTemplate::install( file );
  ASSERT_FALSE( installed.isOk() );
  EXPECT_TRUE( installed.error().startsWith( file ) ) << installed.error().toStdString();
}

TEST( DpkProjectTemplate, QgisReadsTheInstalledTemplateWithGroupSheetsAndARunToFillIn )
{
  QTemporaryDir profileFolder;
  const DpkResult<QString> installed = DpkProjectTemplate::install( profileFolder.path() );
  ASSERT_TRUE( installed.isOk() ) << installed.error().toStdString();
  QgsProject project;
  ASSERT_TRUE( project.read( installed.value() ) ) << project.error().toStdString();

  // The plugin's group, waiting for the first run, and no basemap or other layer.
  EXPECT_TRUE( project.mapLayers().isEmpty() );
  const QList<QgsLayerTreeGroup *> groups = project.layerTreeRoot()->findGroups();
  ASSERT_EQ( groups.size(), 1 );
  EXPECT_TRUE(
      groups.first()->customProperties().contains( DpkProjectUpdater::GEOPACKAGE_PROPERTY ) );
  EXPECT_TRUE( groups.first()
                   ->customProperty( DpkProjectUpdater::GEOPACKAGE_PROPERTY )
                   .toString()
                   .isEmpty() );
  EXPECT_EQ( project.crs().authid(), QStringLiteral( "EPSG:3006" ) );

  // A sheet per indicator of the run, each the plugin's and waiting for its GeoPackage.
  const QList<QgsPrintLayout *> layouts = pluginLayouts( project );
  ASSERT_EQ( layouts.size(), DpkProjectTemplate::indicators().size() );
  QStringList indicators;
  for ( QgsPrintLayout *layout : layouts )
  {
    indicators << layout->customProperty( DpkProjectUpdater::INDICATOR_PROPERTY ).toString();
    EXPECT_TRUE(
        layout->customProperty( DpkProjectUpdater::GEOPACKAGE_PROPERTY ).toString().isEmpty() );
    EXPECT_NE( layout->itemById( QStringLiteral( "map" ) ), nullptr );
    EXPECT_NE( layout->itemById( QStringLiteral( "title" ) ), nullptr );
  }
  indicators.sort();
  QStringList wanted = DpkProjectTemplate::indicators();
  wanted.sort();
  EXPECT_EQ( indicators, wanted );

  // A run with placeholders: not one to update, but one to fill the panel's form from.
  EXPECT_FALSE( DpkProjectUpdater::storedRun( &project ).has_value() );
  const std::optional<DpkRunConfig> run = DpkProjectUpdater::storedTemplateRun( &project );
  ASSERT_TRUE( run.has_value() );
  EXPECT_EQ( run->indicators, DpkProjectTemplate::indicators() );
  EXPECT_EQ( run->placeholders(),
             ( QStringList{ QStringLiteral( "municipality" ), QStringLiteral( "results.path" ),
                            QStringLiteral( "output.dir" ), QStringLiteral( "output.name" ) } ) );
  EXPECT_EQ( run->schools.type, DpkSourceConfig::Type::SkolverketApi );
  EXPECT_TRUE( run->hasLayout );
}

TEST( DpkProjectTemplate, AProjectFromTheTemplateTakesItsFirstRunIntoTheTemplatesGroup )
{
  QTemporaryDir work;
  const DpkResult<QString> installed = DpkProjectTemplate::install( work.path() );
  ASSERT_TRUE( installed.isOk() ) << installed.error().toStdString();
  QgsProject project;
  ASSERT_TRUE( project.read( installed.value() ) ) << project.error().toStdString();

  // The form completed: here the demo's run, in the demo's folder.
  const QString demoFolder = QDir( work.path() ).filePath( QStringLiteral( "demo" ) );
  const DpkResult<QString> runFile = DpkDemoData::write( demoFolder, QStringLiteral( "." ) );
  ASSERT_TRUE( runFile.isOk() ) << runFile.error().toStdString();
  QFile file( runFile.value() );
  ASSERT_TRUE( file.open( QIODevice::ReadOnly ) );
  const DpkResult<DpkRunConfig> config = DpkRunConfig::fromJson( file.readAll(), runFile.value() );
  ASSERT_TRUE( config.isOk() ) << config.error().toStdString();
  const DpkResult<DpkIndicatorCatalogue> catalogue =
      DpkIndicatorCatalogue::builtInWith( QString() );
  ASSERT_TRUE( catalogue.isOk() );
  const DpkResult<DpkBuildResult> built =
      DpkMapBuilder( config.value(), catalogue.value(), demoFolder ).build();
  ASSERT_TRUE( built.isOk() ) << built.error().toStdString();

  const DpkResult<QList<QgsMapLayer *>> added =
      DpkProjectUpdater( &project ).apply( built.value(), config.value() );
  ASSERT_TRUE( added.isOk() ) << added.error().toStdString();
  const QList<QgsLayerTreeGroup *> groups = project.layerTreeRoot()->findGroups();
  ASSERT_EQ( groups.size(), 1 );
  EXPECT_EQ( groups.first()->customProperty( DpkProjectUpdater::GEOPACKAGE_PROPERTY ).toString(),
             built.value().geopackage );
  EXPECT_EQ( groups.first()->findLayers().size(), added.value().size() );
  EXPECT_TRUE( groups.first()->name().contains( QStringLiteral( "2024/25" ) ) );
  ASSERT_TRUE( DpkProjectUpdater::storedRun( &project ).has_value() );
  EXPECT_TRUE( DpkProjectUpdater::storedRun( &project )->placeholders().isEmpty() );
}
