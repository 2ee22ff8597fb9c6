#include "dpkprojecttemplate.h"

#include "dpkskolverketapireader.h"

#include "dpkindicatorcatalogue.h"
#include "dpklanguage.h"
#include "dpklayoutbuilder.h"
#include "dpklayouttemplates.h"
#include "dpkprojectupdater.h"
#include "dpkrunconfig.h"

#include <qgsapplication.h>
#include <qgslayertree.h>
#include <qgslayoutitemlabel.h>
#include <qgslayoutitemmap.h>
#include <qgslayoutmanager.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgsprojectmetadata.h>
#include <qgssettings.h>

#include <QDir>
#include <QFile>

#include <cstdio>

const QString DpkProjectTemplate::FILE_NAME = QStringLiteral( "datapakarta.qgz" );
const QString DpkProjectTemplate::RESOURCE_PATH =
    QStringLiteral( ":/datapakarta/templates/datapakarta.qgz" );

namespace
{
const QString SHEET_TEMPLATE = QStringLiteral( "a4-landscape" );

// The sheets show Sweden in SWEREF 99 TM until their first run frames its municipality.
const QgsRectangle SWEDEN( 260000.0, 6130000.0, 930000.0, 7680000.0 );

DpkRunConfig placeholderRun()
{
  DpkRunConfig run;
  run.indicators = DpkProjectTemplate::indicators();
  run.results.type = DpkSourceConfig::Type::SkolverketExport;
  run.schools.type = DpkSourceConfig::Type::SkolverketApi;
  run.schools.baseUrl = DpkSkolverketApiReader::defaultBaseUrl().toString();
  run.hasLayout = true;
  run.layout.templateName = SHEET_TEMPLATE;
  return run;
}
} // namespace

QStringList DpkProjectTemplate::indicators()
{
  return { QStringLiteral( "meritvarde" ), QStringLiteral( "alla_amnen" ),
           QStringLiteral( "behorig_yrkes" ) };
}

DpkResult<bool> DpkProjectTemplate::fill( QgsProject *project )
{
  const DpkResult<DpkIndicatorCatalogue> catalogue =
      DpkIndicatorCatalogue::builtInWith( QString() );
  if ( !catalogue.isOk() )
    return DpkResult<bool>::failure( catalogue.error() );

  // A plain project: SWEREF 99 TM, no basemap, fixed metadata so that the file is reproducible.
  project->setTitle( tr( "Data på karta" ) );
  project->setCrs( QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:3006" ) ) );
  QgsProjectMetadata metadata;
  metadata.setTitle( project->title() );
  metadata.setAuthor( tr( "Data på karta" ) );
  metadata.setAbstract( tr( "A project for maps of school results made with Data på karta: fill "
                            "in the panel's form and press Make map." ) );
  project->setMetadata( metadata );

  // The group that the first run puts its layers into.
  // Empty but not null, as a string read back from a project is: the property is there and names
  // no GeoPackage yet.
  QgsLayerTreeGroup *group = project->layerTreeRoot()->insertGroup( 0, tr( "Data på karta" ) );
  group->setCustomProperty( DpkProjectUpdater::GEOPACKAGE_PROPERTY, QStringLiteral( "" ) );

  // A sheet per indicator, waiting for its first run to be filled in place.
  for ( const QString &id : indicators() )
  {
    const DpkIndicator *indicator = catalogue.value().indicator( id );
    if ( !indicator )
      return DpkResult<bool>::failure(
          tr( "the indicator '%1' of the project template is not in the catalogue" ).arg( id ) );
    DpkResult<std::unique_ptr<QgsPrintLayout>> loaded = DpkLayoutTemplates::load(
        DpkLayoutTemplates::builtInPath( SHEET_TEMPLATE ), project, false );
    if ( !loaded.isOk() )
      return DpkResult<bool>::failure( loaded.error() );
    std::unique_ptr<QgsPrintLayout> layout = loaded.takeValue();
    const QString name = indicator->name( DpkLanguage::current() );
    layout->setName( tr( "%1 – map sheet" ).arg( name ) );
    layout->setCustomProperty( DpkProjectUpdater::GEOPACKAGE_PROPERTY, QStringLiteral( "" ) );
    layout->setCustomProperty( DpkProjectUpdater::INDICATOR_PROPERTY, id );
    layout->setCustomProperty( DpkLayoutBuilder::TEMPLATE_PROPERTY, SHEET_TEMPLATE );
    if ( auto *title =
             qobject_cast<QgsLayoutItemLabel *>( layout->itemById( QStringLiteral( "title" ) ) ) )
      title->setText( tr( "%1: the municipality and school year come with Make map" ).arg( name ) );
    if ( auto *map =
             qobject_cast<QgsLayoutItemMap *>( layout->itemById( QStringLiteral( "map" ) ) ) )
    {
      map->setCrs( project->crs() );
      map->zoomToExtent( SWEDEN );
    }
    for ( const QString &atlasItem : DpkLayoutBuilder::atlasItems() )
    {
      if ( QgsLayoutItem *item = layout->itemById( atlasItem ) )
        item->setVisibility( false );
    }
    if ( !project->layoutManager()->addLayout( layout.get() ) )
      return DpkResult<bool>::failure(
          tr( "The layout '%1' cannot be added to the project" ).arg( layout->name() ) );
    layout.release();
  }

  DpkProjectUpdater::storeRun( project, placeholderRun() );
  return DpkResult<bool>::success( true );
}

DpkResult<QString> DpkProjectTemplate::write( const QString &path )
{
  QgsProject project;
  const DpkResult<bool> filled = fill( &project );
  if ( !filled.isOk() )
    return DpkResult<QString>::failure( filled.error() );
  if ( !project.write( path ) )
    return DpkResult<QString>::failure(
        tr( "%1: the project template cannot be written: %2" ).arg( path, project.error() ) );
  return DpkResult<QString>::success( path );
}

QString DpkProjectTemplate::templateFolder()
{
  return QgsSettings()
      .value( QStringLiteral( "qgis/projectTemplateDir" ),
              QgsApplication::qgisSettingsDirPath() + QStringLiteral( "project_templates" ) )
      .toString();
}

DpkResult<QString> DpkProjectTemplate::install( const QString &folder )
{
  if ( !QDir().mkpath( folder ) )
    return DpkResult<QString>::failure( tr( "%1: the folder cannot be created" ).arg( folder ) );

  // Copy beside the target first, so that a failed copy never leaves half a template.
  const QString target = QDir( folder ).filePath( FILE_NAME );
  const QString partial = target + QStringLiteral( ".partial" );
  QFile::remove( partial );
  if ( !QFile::copy( RESOURCE_PATH, partial ) )
    return DpkResult<QString>::failure(
        tr( "%1: the project template cannot be written" ).arg( partial ) );
  // A copy of a resource is read-only; the user may want to replace it later.
  QFile::setPermissions( partial, QFile::permissions( partial ) | QFileDevice::WriteOwner );
  // rename() replaces an earlier template in one step: there is never a moment without one.
  if ( std::rename( QFile::encodeName( partial ).constData(),
                    QFile::encodeName( target ).constData() ) != 0 )
  {
    QFile::remove( partial );
    return DpkResult<QString>::failure(
        tr( "%1: the project template cannot be written" ).arg( target ) );
  }
  return DpkResult<QString>::success( target );
}
