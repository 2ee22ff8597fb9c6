#include "dpklayoutbuilder.h"

#include "dpklanguage.h"
#include "dpklayerfields.h"
#include "dpklayouttemplates.h"
#include "dpkprojectupdater.h"
#include "dpkstylebuilder.h"
#include "dpkvalue.h"

#include <qgsexpression.h>
#include <qgsfillsymbol.h>
#include <qgsfillsymbollayer.h>
#include <qgslayertree.h>
#include <qgslayoutatlas.h>
#include <qgslayoutitemlabel.h>
#include <qgslayoutitemlegend.h>
#include <qgslayoutitemmap.h>
#include <qgslayoutitempicture.h>
#include <qgslayoutmanager.h>
#include <qgsmaplayerstyle.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgsrulebasedrenderer.h>
#include <qgssettings.h>
#include <qgsvectorlayer.h>

#include <QDate>
#include <QDir>
#include <QLocale>

const QString DpkLayoutBuilder::TEMPLATE_PROPERTY = QStringLiteral( "datapakarta/template" );
const QString DpkLayoutBuilder::PDF_TITLE_PROPERTY = QStringLiteral( "datapakarta/pdfTitle" );
const QString DpkLayoutBuilder::PDF_SUBJECT_PROPERTY = QStringLiteral( "datapakarta/pdfSubject" );
const QString DpkLayoutBuilder::LOGO_SETTING = QStringLiteral( "datapakarta/logo" );

namespace
{
const QString AREA_NAME_FIELD = QStringLiteral( "namn" );

QString language()
{
  return DpkLanguage::current();
}

void setLabel( QgsPrintLayout *layout, const QString &id, const QString &text )
{
  if ( auto *label = qobject_cast<QgsLayoutItemLabel *>( layout->itemById( id ) ) )
    label->setText( text );
}
} // namespace

QStringList DpkLayoutBuilder::builtInTemplates()
{
  return { QStringLiteral( "a4-landscape" ), QStringLiteral( "a3-portrait" ) };
}

QStringList DpkLayoutBuilder::requiredItems()
{
  return { QStringLiteral( "title" ),       QStringLiteral( "map" ),   QStringLiteral( "legend" ),
           QStringLiteral( "scalebar" ),    QStringLiteral( "north" ), QStringLiteral( "source" ),
           QStringLiteral( "suppression" ), QStringLiteral( "logo" ),  QStringLiteral( "date" ) };
}

QStringList DpkLayoutBuilder::atlasItems()
{
  return { QStringLiteral( "figure" ), QStringLiteral( "page" ) };
}

DpkLayoutBuilder::DpkLayoutBuilder( QgsProject *project )
  : mProject( project )
  , mLogoPath( QgsSettings().value( LOGO_SETTING ).toString() )
{
}

DpkResult<QgsPrintLayout *> DpkLayoutBuilder::build( const DpkBuildResult &result,
                                                     const QString &indicatorId,
                                                     const QString &templateName, bool atlas )
{
  DpkResult<std::unique_ptr<QgsPrintLayout>> loaded = load( templateName, atlas );
  if ( !loaded.isOk() )
    return DpkResult<QgsPrintLayout *>::failure( loaded.error() );
  std::unique_ptr<QgsPrintLayout> layout = loaded.takeValue();

  const DpkResult<QgsPrintLayout *> filled = fill( layout.get(), result, indicatorId, atlas );
  if ( !filled.isOk() )
    return filled;
  layout->setCustomProperty( TEMPLATE_PROPERTY, templateName );
  return addToProject( std::move( layout ) );
}

DpkResult<QgsPrintLayout *> DpkLayoutBuilder::fill( QgsPrintLayout *layout,
                                                    const DpkBuildResult &result,
                                                    const QString &indicatorId, bool atlas ) const
{
  const DpkIndicatorLayers *indicatorLayers = nullptr;
  for ( const DpkIndicatorLayers &layers : result.layers )
  {
    if ( layers.indicator.id == indicatorId )
      indicatorLayers = &layers;
  }
  if ( !indicatorLayers )
    return DpkResult<QgsPrintLayout *>::failure(
        tr( "%1: the build holds no indicator '%2'" ).arg( result.geopackage, indicatorId ) );
  const DpkIndicator &indicator = indicatorLayers->indicator;

  QgsVectorLayer *schools = layer( result, indicatorId, QStringLiteral( "schools" ) );
  QgsVectorLayer *areas = layer( result, indicatorId, QStringLiteral( "areas" ) );
  if ( !schools )
    return DpkResult<QgsPrintLayout *>::failure(
        tr( "%1: the project holds no school layer of '%2'; add the build to the project first" )
            .arg( result.geopackage, indicatorId ) );
  if ( atlas && !areas )
    return DpkResult<QgsPrintLayout *>::failure(
        tr( "%1: an atlas needs the area layer of '%2', and the project holds none" )
            .arg( result.geopackage, indicatorId ) );

  // A layout kept in a project may have been edited: the items filled here must still be there.
  if ( !qobject_cast<QgsLayoutItemMap *>( layout->itemById( QStringLiteral( "map" ) ) ) )
    return DpkResult<QgsPrintLayout *>::failure(
        tr( "The layout '%1' has no map item with the id '%2'" )
            .arg( layout->name(), QStringLiteral( "map" ) ) );
  if ( !qobject_cast<QgsLayoutItemLegend *>( layout->itemById( QStringLiteral( "legend" ) ) ) )
    return DpkResult<QgsPrintLayout *>::failure(
        tr( "The layout '%1' has no legend item with the id '%2'" )
            .arg( layout->name(), QStringLiteral( "legend" ) ) );

  layout->setName( layoutName( result, indicator, atlas ) );
  layout->setCustomProperty( DpkProjectUpdater::GEOPACKAGE_PROPERTY, result.geopackage );
  layout->setCustomProperty( DpkProjectUpdater::INDICATOR_PROPERTY, indicatorId );
  fillMap( layout, schools, areas );
  fillTexts( layout, result, indicator, atlas );
  if ( atlas )
    makeAtlas( layout, indicator, areas );
  return DpkResult<QgsPrintLayout *>::success( layout );
}

QString DpkLayoutBuilder::layoutName( const DpkBuildResult &result, const DpkIndicator &indicator,
                                      bool atlas )
{
  return layoutName( indicator, result.period, atlas );
}

QString DpkLayoutBuilder::layoutName( const DpkIndicator &indicator, const DpkPeriod &period,
                                      bool atlas )
{
  const QString name =
      QStringLiteral( "%1 %2" ).arg( indicator.name( language() ), period.toString() );
  return atlas ? tr( "%1 – per area" ).arg( name ) : name;
}

DpkResult<std::unique_ptr<QgsPrintLayout>> DpkLayoutBuilder::load( const QString &templateName,
                                                                   bool atlas ) const
{
  // A built-in name, an organisation template's name or the path of a .qpt file.
  const DpkResult<QString> path = DpkLayoutTemplates::fromSettings().resolve( templateName );
  if ( !path.isOk() )
    return DpkResult<std::unique_ptr<QgsPrintLayout>>::failure( path.error() );
  return DpkLayoutTemplates::load( path.value(), mProject, atlas );
}

QgsVectorLayer *DpkLayoutBuilder::layer( const DpkBuildResult &result, const QString &indicatorId,
                                         const QString &role ) const
{
  const QString geopackage = QDir::cleanPath( result.geopackage );
  for ( QgsMapLayer *candidate : mProject->mapLayers() )
  {
    if ( QDir::cleanPath(
             candidate->customProperty( DpkProjectUpdater::GEOPACKAGE_PROPERTY ).toString() ) ==
             geopackage &&
         candidate->customProperty( DpkProjectUpdater::ROLE_PROPERTY ).toString() == role &&
         candidate->customProperty( DpkProjectUpdater::INDICATOR_PROPERTY ).toString() ==
             indicatorId )
      return qobject_cast<QgsVectorLayer *>( candidate );
  }
  return nullptr;
}

void DpkLayoutBuilder::fillMap( QgsPrintLayout *layout, QgsVectorLayer *schools,
                                QgsVectorLayer *areas ) const
{
  auto *map = qobject_cast<QgsLayoutItemMap *>( layout->itemById( QStringLiteral( "map" ) ) );
  QList<QgsMapLayer *> layers{ schools };
  if ( areas )
    layers << areas;
  // Layers the user put into the map of a sheet stay, below the plugin's; the plugin's earlier
  // layers are gone from the project by now, or are replaced here.
  QList<QgsMapLayer *> mapLayers = layers;
  for ( QgsMapLayer *kept : map->layers() )
  {
    if ( kept->customProperty( DpkProjectUpdater::GEOPACKAGE_PROPERTY ).toString().isEmpty() )
      mapLayers << kept;
  }
  map->setLayers( mapLayers );
  map->setKeepLayerSet( true );

  // The areas frame the map; without them, the schools do.
  QgsVectorLayer *frame = areas ? areas : schools;
  map->setCrs( frame->crs() );
  QgsRectangle extent = frame->extent();
  extent.scale( 1.05 );
  map->zoomToExtent( extent );

  auto *legend =
      qobject_cast<QgsLayoutItemLegend *>( layout->itemById( QStringLiteral( "legend" ) ) );
  legend->setAutoUpdateModel( false );
  QgsLayerTreeGroup *root = legend->model()->rootGroup();
  root->removeAllChildren();
  // The title names the indicator: the legend needs to say only which layer is which.
  for ( QgsMapLayer *shown : layers )
  {
    root->addLayer( shown )->setCustomProperty( QStringLiteral( "legend/title-label" ),
                                                shown == schools ? tr( "Schools" )
                                                                 : tr( "Areas" ) );
  }
  legend->setTitle( tr( "Legend" ) );
  legend->adjustBoxSize();

  // A user may have removed the logo from a kept sheet.
  if ( auto *logo =
           qobject_cast<QgsLayoutItemPicture *>( layout->itemById( QStringLiteral( "logo" ) ) ) )
    logo->setPicturePath( mLogoPath );
}

void DpkLayoutBuilder::fillTexts( QgsPrintLayout *layout, const DpkBuildResult &result,
                                  const DpkIndicator &indicator, bool atlas ) const
{
  const QString municipality =
      result.municipalityName.isEmpty() ? result.municipality : result.municipalityName;
  const QString title =
      tr( "%1, %2 %3" ).arg( indicator.name( language() ), municipality, result.period.toString() );
  setLabel( layout, QStringLiteral( "title" ),
            atlas ? QStringLiteral( "%1: [% %2 %]" )
                        .arg( title, QgsExpression::quotedColumnRef( AREA_NAME_FIELD ) )
                  : title );

  // A sheet made from layers without their retrieval date (Processing) does not invent one.
  const QString source =
      result.sourceName.isEmpty() ? DpkRunConfig::defaultSourceName() : result.sourceName;
  setLabel( layout, QStringLiteral( "source" ),
            result.retrievedAt.isValid()
                ? tr( "Source: %1, school year %2, retrieved %3" )
                      .arg( source, result.period.toString(),
                            result.retrievedAt.date().toString( Qt::ISODate ) )
                : tr( "Source: %1, school year %2" ).arg( source, result.period.toString() ) );
  setLabel( layout, QStringLiteral( "suppression" ),
            tr( "No figure resting on fewer than %1 pupils is shown: such schools and areas are "
                "hatched and marked as suppressed. An area's figure is the mean of its schools' "
                "figures weighted by their pupils." )
                .arg( indicator.minimumGroup ) );
  setLabel(
      layout, QStringLiteral( "date" ),
      tr( "Made %1 with Data på karta" ).arg( QDate::currentDate().toString( Qt::ISODate ) ) );
  // The area's figure and the page number belong to an atlas only.
  for ( const QString &id : atlasItems() )
  {
    if ( QgsLayoutItem *item = layout->itemById( id ) )
      item->setVisibility( atlas );
  }

  layout->setCustomProperty( PDF_TITLE_PROPERTY, title );
  layout->setCustomProperty( PDF_SUBJECT_PROPERTY, indicator.description( language() ) );
}

void DpkLayoutBuilder::makeAtlas( QgsPrintLayout *layout, const DpkIndicator &indicator,
                                  QgsVectorLayer *areas ) const
{
  const QString name = QgsExpression::quotedColumnRef( AREA_NAME_FIELD );
  QgsLayoutAtlas *atlas = layout->atlas();
  atlas->setCoverageLayer( areas );
  atlas->setPageNameExpression( name );
  atlas->setSortFeatures( true );
  atlas->setSortExpression( name );
  atlas->setEnabled( true );

  auto *map = qobject_cast<QgsLayoutItemMap *>( layout->itemById( QStringLiteral( "map" ) ) );
  map->setAtlasDriven( true );
  map->setAtlasScalingMode( QgsLayoutItemMap::Auto );
  map->setAtlasMargin( 0.15 );
  map->setKeepLayerStyles( true );
  map->setLayerStyleOverrides( { { areas->id(), dimmedStyle( areas ) } } );

  // The area's figure and its basis; a figure that may not be shown is named, never given: the
  // status decides, so that a number left beside a hidden status is not printed.
  const QString value = QgsExpression::quotedColumnRef( DpkLayerFields::value( indicator.id ) );
  const QString status = QgsExpression::quotedColumnRef( DpkLayerFields::status( indicator.id ) );
  const QString shown =
      QStringLiteral( "%1 IN (%2, %3) AND %4 IS NOT NULL" )
          .arg( status,
                QgsExpression::quotedString( DpkValue::statusKey( DpkValue::Status::Exists ) ),
                QgsExpression::quotedString( DpkValue::statusKey( DpkValue::Status::Approximate ) ),
                value );
  const QString figure =
      QStringLiteral( "CASE WHEN %1 THEN format_number(%2, %3) WHEN %4 = %5 THEN %6 ELSE %7 END" )
          .arg( shown, value )
          .arg( indicator.decimals )
          .arg( status,
                QgsExpression::quotedString(
                    DpkValue::statusKey( DpkValue::Status::SuppressedFewPupils ) ),
                QgsExpression::quotedString( DpkStyleBuilder::suppressedLabel( indicator ) ),
                QgsExpression::quotedString( DpkStyleBuilder::missingLabel() ) );
  // The count is known per page only, so the expression picks the singular or the plural text.
  const QString schools = QgsExpression::quotedColumnRef( DpkLayerFields::schools( indicator.id ) );
  const QString basis =
      QStringLiteral( "CASE WHEN %1 THEN replace(replace(CASE WHEN %2 = 1 THEN %3 ELSE %4 END, "
                      "'{schools}', to_string(%2)), '{pupils}', format_number(%5, 0)) ELSE '' END" )
          .arg( shown, schools,
                QgsExpression::quotedString( tr( "Basis: 1 school, {pupils} pupils" ) ),
                QgsExpression::quotedString( tr( "Basis: {schools} schools, {pupils} pupils" ) ),
                QgsExpression::quotedColumnRef( DpkLayerFields::pupils( indicator.id ) ) );
  setLabel( layout, QStringLiteral( "figure" ),
            QStringLiteral( "[% %1 %]\n%2: [% %3 %]\n[% %4 %]" )
                .arg( name, indicator.name( language() ), figure, basis ) );
  setLabel( layout, QStringLiteral( "page" ),
            tr( "Page %1 of %2" )
                .arg( QStringLiteral( "[% @atlas_featurenumber %]" ),
                      QStringLiteral( "[% @atlas_totalfeatures %]" ) ) );
}

QString DpkLayoutBuilder::dimmedStyle( QgsVectorLayer *areas ) const
{
  // The area layer's own style with a veil over every area but the atlas's current one. It is
  // read from the layer with the veil in place and the layer's style is then put back, so the
  // veil lives only in this map.
  QgsMapLayerStyle original;
  original.readFromLayer( areas );
  std::unique_ptr<QgsFeatureRenderer> renderer( areas->renderer()->clone() );
  if ( auto *rules = dynamic_cast<QgsRuleBasedRenderer *>( renderer.get() ) )
  {
    auto *veil = new QgsSimpleFillSymbolLayer( QColor( 255, 255, 255, 170 ), Qt::SolidPattern,
                                               QColor( 150, 150, 150 ) );
    veil->setStrokeWidth( 0.1 );
    rules->rootRule()->appendChild( new QgsRuleBasedRenderer::Rule(
        new QgsFillSymbol( QgsSymbolLayerList{ veil } ), 0, 0,
        QStringLiteral( "@atlas_featureid IS NOT NULL AND $id <> @atlas_featureid" ),
        tr( "Neighbouring areas" ) ) );
  }
  areas->setRenderer( renderer.release() );
  QgsMapLayerStyle dimmed;
  dimmed.readFromLayer( areas );
  original.writeToLayer( areas );
  return dimmed.xmlData();
}

DpkResult<QgsPrintLayout *> DpkLayoutBuilder::addToProject( std::unique_ptr<QgsPrintLayout> layout )
{
  QgsLayoutManager *manager = mProject->layoutManager();
  if ( QgsMasterLayoutInterface *earlier = manager->layoutByName( layout->name() ) )
  {
    auto *earlierLayout = dynamic_cast<QgsPrintLayout *>( earlier );
    if ( !earlierLayout ||
         earlierLayout->customProperty( DpkProjectUpdater::GEOPACKAGE_PROPERTY ).isNull() )
      return DpkResult<QgsPrintLayout *>::failure(
          tr( "The project already has a layout named '%1' that Data på karta did not make; "
              "rename it to make this sheet" )
              .arg( layout->name() ) );
    manager->removeLayout( earlier );
  }
  if ( !manager->addLayout( layout.get() ) )
    return DpkResult<QgsPrintLayout *>::failure(
        tr( "The layout '%1' cannot be added to the project" ).arg( layout->name() ) );
  return DpkResult<QgsPrintLayout *>::success( layout.release() );
}
