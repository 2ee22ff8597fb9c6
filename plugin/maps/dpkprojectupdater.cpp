#include "dpkprojectupdater.h"

#include "dpklanguage.h"
#include "dpklayertablebuilder.h"
#include "dpkstylebuilder.h"

#include <qgslayermetadata.h>
#include <qgslayertree.h>
#include <qgslayertreegroup.h>
#include <qgslayoutmanager.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgsproviderregistry.h>
#include <qgsrenderer.h>
#include <qgsvectorlayer.h>

#include <QDir>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>

const QString DpkProjectUpdater::GEOPACKAGE_PROPERTY = QStringLiteral( "datapakarta/geopackage" );
const QString DpkProjectUpdater::ROLE_PROPERTY = QStringLiteral( "datapakarta/role" );
const QString DpkProjectUpdater::INDICATOR_PROPERTY = QStringLiteral( "datapakarta/indicator" );

namespace
{
const QString SCOPE = QStringLiteral( "datapakarta" );
const QString RUN_KEY = QStringLiteral( "/run" );

QString language()
{
  return DpkLanguage::current();
}
} // namespace

DpkProjectUpdater::DpkProjectUpdater( QgsProject *project )
  : mProject( project )
{
}

DpkResult<QList<QgsMapLayer *>> DpkProjectUpdater::apply( const DpkBuildResult &result,
                                                          const DpkRunConfig &config )
{
  DpkResult<QList<QgsVectorLayer *>> opened = openLayers( result );
  if ( !opened.isOk() )
    return DpkResult<QList<QgsMapLayer *>>::failure( opened.error() );

  // Only now that every new layer opened are the old ones of this GeoPackage removed.
  QStringList oldLayers;
  for ( QgsMapLayer *layer : pluginLayers() )
  {
    if ( layer->customProperty( GEOPACKAGE_PROPERTY ).toString() == result.geopackage )
      oldLayers << layer->id();
  }
  mProject->removeMapLayers( oldLayers );

  QgsLayerTreeGroup *target = group( result );
  QList<QgsMapLayer *> added;
  for ( QgsVectorLayer *layer : opened.value() )
  {
    mProject->addMapLayer( layer, false );
    target->addLayer( layer );
    added << layer;
  }
  storeRun( mProject, config );
  return DpkResult<QList<QgsMapLayer *>>::success( added );
}

DpkResult<QList<QgsVectorLayer *>>
DpkProjectUpdater::openLayers( const DpkBuildResult &result ) const
{
  QList<QgsVectorLayer *> layers;
  const auto fail = [ &layers ]( const QString &error )
  {
    qDeleteAll( layers );
    return DpkResult<QList<QgsVectorLayer *>>::failure( error );
  };

  // Each indicator's schools and areas, styled for it, and the schools that were not placed.
  struct Wanted
  {
    QString table;
    QString name;
    QString role;
    const DpkIndicatorLayers *indicatorLayers;
    QList<double> breaks;
    QgsWkbTypes::GeometryType geometryType;
  };
  QList<Wanted> wanted;
  for ( const DpkIndicatorLayers &indicatorLayers : result.layers )
  {
    const QString name = indicatorLayers.indicator.name( language() );
    wanted.append( { indicatorLayers.schoolTable, tr( "%1 – schools" ).arg( name ),
                     QStringLiteral( "schools" ), &indicatorLayers, indicatorLayers.schoolBreaks,
                     QgsWkbTypes::PointGeometry } );
    if ( !indicatorLayers.areaTable.isEmpty() )
    {
      wanted.append( { indicatorLayers.areaTable, tr( "%1 – areas" ).arg( name ),
                       QStringLiteral( "areas" ), &indicatorLayers, indicatorLayers.areaBreaks,
                       QgsWkbTypes::PolygonGeometry } );
    }
  }
  wanted.append( { result.unplacedTable,
                   tr( "Schools not placed" ),
                   QStringLiteral( "unplaced" ),
                   nullptr,
                   {},
                   QgsWkbTypes::NullGeometry } );

  for ( const Wanted &want : wanted )
  {
    const QString indicatorId =
        want.indicatorLayers ? want.indicatorLayers->indicator.id : QString();
    QgsVectorLayer *layer = openLayer( result, want.table, want.name, want.role, indicatorId );
    if ( !layer )
      return fail(
          tr( "%1: the layer '%2' cannot be opened" ).arg( result.geopackage, want.table ) );
    layers << layer;
    if ( want.indicatorLayers )
    {
      layer->setRenderer( DpkStyleBuilder::renderer( want.indicatorLayers->indicator, want.breaks,
                                                     want.geometryType )
                              .release() );
    }
    describe( layer, result, want.indicatorLayers );
  }

  // The style goes into the GeoPackage as each table's default, so the file stands on its own.
  for ( QgsVectorLayer *layer : layers )
  {
    QString error;
    layer->saveStyleToDatabase( QStringLiteral( "datapakarta" ),
                                tr( "Data på karta standard style" ), true, QString(), error );
    if ( !error.isEmpty() )
      return fail( tr( "%1: the style of '%2' cannot be saved: %3" )
                       .arg( result.geopackage, layer->name(), error ) );
  }
  return DpkResult<QList<QgsVectorLayer *>>::success( layers );
}

QgsVectorLayer *DpkProjectUpdater::openLayer( const DpkBuildResult &result, const QString &table,
                                              const QString &name, const QString &role,
                                              const QString &indicatorId ) const
{
  auto layer = std::make_unique<QgsVectorLayer>(
      QStringLiteral( "%1|layername=%2" ).arg( result.geopackage, table ), name,
      QStringLiteral( "ogr" ) );
  if ( !layer->isValid() )
    return nullptr;
  layer->setCustomProperty( GEOPACKAGE_PROPERTY, result.geopackage );
  layer->setCustomProperty( ROLE_PROPERTY, role );
  layer->setCustomProperty( INDICATOR_PROPERTY, indicatorId );
  const QMap<QString, QString> aliases = result.aliases.value( table );
  for ( auto alias = aliases.constBegin(); alias != aliases.constEnd(); ++alias )
    layer->setFieldAlias( layer->fields().lookupField( alias.key() ), alias.value() );
  return layer.release();
}

void DpkProjectUpdater::describe( QgsVectorLayer *layer, const DpkBuildResult &result,
                                  const DpkIndicatorLayers *layers ) const
{
  QStringList abstract;
  if ( layers )
  {
    const DpkIndicator &indicator = layers->indicator;
    abstract << QStringLiteral( "%1: %2" )
                    .arg( indicator.name( language() ), indicator.description( language() ) );
    abstract << tr( "Privacy: no figure resting on fewer than %1 pupils is shown; such figures are "
                    "marked as suppressed." )
                    .arg( indicator.minimumGroup );
    if ( layer->customProperty( ROLE_PROPERTY ).toString() == QLatin1String( "areas" ) )
    {
      abstract << tr( "Method: each area's figure is the mean of its schools' figures weighted by "
                      "their pupils (%1); a share shown as ~100 enters as the midpoint of its "
                      "interval and marks the figure as estimated; schools without a published "
                      "figure or pupil count are left out and listed." )
                      .arg( indicator.weightIndicator.isEmpty() ? tr( "sum of counts" )
                                                                : indicator.weightIndicator );
    }
  }
  abstract << tr( "School year: %1." ).arg( result.period.toString() );
  abstract << tr( "Results: %1, retrieved %2." )
                  .arg( result.resultsSource, result.retrievedAt.toString( Qt::ISODate ) );
  abstract << tr( "School locations: %1." ).arg( result.locationsSource );

  QgsLayerMetadata metadata = layer->metadata();
  metadata.setTitle( layer->name() );
  metadata.setAbstract( abstract.join( QLatin1Char( '\n' ) ) );
  // Skolverket's data are open data; another source's terms are not known here.
  if ( result.sourceName.isEmpty() || result.sourceName == DpkRunConfig::defaultSourceName() )
  {
    metadata.setRights(
        { tr( "Source data: Skolverket, open data. Attribute Skolverket as the source." ) } );
    metadata.setLicenses( { tr( "Skolverket open data" ) } );
  }
  else
  {
    metadata.setRights(
        { tr( "Source data: %1. Attribute %1 as the source." ).arg( result.sourceName ) } );
  }
  metadata.addKeywords( QStringLiteral( "datapakarta" ),
                        { QStringLiteral( "skolresultat" ), result.municipality } );
  metadata.setHistory( { tr( "Made by Data på karta on %1." )
                             .arg( QDateTime::currentDateTime().toString( Qt::ISODate ) ) } );
  layer->setMetadata( metadata );
}

QgsLayerTreeGroup *DpkProjectUpdater::group( const DpkBuildResult &result )
{
  const QString name = QStringLiteral( "%1 %2" ).arg(
      result.municipalityName.isEmpty() ? result.municipality : result.municipalityName,
      result.period.toString() );
  QgsLayerTree *root = mProject->layerTreeRoot();
  for ( QgsLayerTreeGroup *existing : root->findGroups() )
  {
    if ( existing->customProperty( GEOPACKAGE_PROPERTY ).toString() == result.geopackage )
    {
      existing->setName( name );
      return existing;
    }
  }
  // The group of a project template, whose GeoPackage property is empty, takes the first run.
  for ( QgsLayerTreeGroup *waiting : root->findGroups() )
  {
    if ( waiting->customProperties().contains( GEOPACKAGE_PROPERTY ) &&
         waiting->customProperty( GEOPACKAGE_PROPERTY ).toString().isEmpty() )
    {
      waiting->setName( name );
      waiting->setCustomProperty( GEOPACKAGE_PROPERTY, result.geopackage );
      return waiting;
    }
  }
  QgsLayerTreeGroup *created = root->insertGroup( 0, name );
  created->setCustomProperty( GEOPACKAGE_PROPERTY, result.geopackage );
  return created;
}

void DpkProjectUpdater::storeRun( QgsProject *project, const DpkRunConfig &config )
{
  project->writeEntry(
      SCOPE, RUN_KEY,
      QString::fromUtf8( QJsonDocument( config.toJson() ).toJson( QJsonDocument::Compact ) ) );
}

std::optional<DpkRunConfig> DpkProjectUpdater::storedRun( QgsProject *project )
{
  const QString json = project->readEntry( SCOPE, RUN_KEY );
  if ( json.isEmpty() )
    return std::nullopt;
  DpkResult<DpkRunConfig> config = DpkRunConfig::fromJson( json.toUtf8(), project->fileName() );
  if ( !config.isOk() )
    return std::nullopt;
  return config.value();
}

std::optional<DpkRunConfig> DpkProjectUpdater::storedTemplateRun( QgsProject *project )
{
  const QString json = project->readEntry( SCOPE, RUN_KEY );
  if ( json.isEmpty() )
    return std::nullopt;
  DpkResult<DpkRunConfig> config =
      DpkRunConfig::fromTemplateJson( json.toUtf8(), project->fileName() );
  if ( !config.isOk() )
    return std::nullopt;
  return config.value();
}

int DpkProjectUpdater::adoptMovedGeoPackage( QgsProject *project, const QString &geopackage )
{
  // The GeoPackages the plugin's layers are noted under, though they read from this one.
  const QString target = QDir::cleanPath( geopackage );
  QSet<QString> earlier;
  for ( QgsMapLayer *layer : DpkProjectUpdater( project ).pluginLayers() )
  {
    const QString noted = layer->customProperty( GEOPACKAGE_PROPERTY ).toString();
    const QString read = QgsProviderRegistry::instance()
                             ->decodeUri( layer->providerType(), layer->source() )
                             .value( QStringLiteral( "path" ) )
                             .toString();
    if ( !read.isEmpty() && QDir::cleanPath( read ) == target &&
         QDir::cleanPath( noted ) != target )
      earlier.insert( noted );
  }
  if ( earlier.isEmpty() )
    return 0;

  int changed = 0;
  const auto adopt = [ &earlier, &geopackage, &changed ]( auto *item )
  {
    if ( earlier.contains( item->customProperty( GEOPACKAGE_PROPERTY ).toString() ) )
    {
      item->setCustomProperty( GEOPACKAGE_PROPERTY, geopackage );
      ++changed;
    }
  };
  for ( QgsMapLayer *layer : project->mapLayers() )
    adopt( layer );
  for ( QgsPrintLayout *layout : project->layoutManager()->printLayouts() )
    adopt( layout );
  for ( QgsLayerTreeGroup *group : project->layerTreeRoot()->findGroups( true ) )
    adopt( group );
  return changed;
}

QList<QgsMapLayer *> DpkProjectUpdater::pluginLayers() const
{
  QList<QgsMapLayer *> layers;
  for ( QgsMapLayer *layer : mProject->mapLayers() )
  {
    if ( !layer->customProperty( GEOPACKAGE_PROPERTY ).toString().isEmpty() )
      layers << layer;
  }
  return layers;
}
