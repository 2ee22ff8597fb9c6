#include "dpkstylebuilder.h"

#include "dpklayerfields.h"
#include "dpkqgiscompat.h"
#include "dpkvalue.h"

#include <qgscolorramp.h>
#include <qgsexpression.h>
#include <qgsfillsymbol.h>
#include <qgsfillsymbollayer.h>
#include <qgsmarkersymbol.h>
#include <qgsrulebasedrenderer.h>
#include <qgsstyle.h>

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace
{
const QColor NO_FIGURE_SUPPRESSED( 120, 120, 120 );
const QColor NO_FIGURE_MISSING( 190, 190, 190 );

// A colour-blind-safe ramp that exists in every QGIS, for catalogues naming one that does not.
std::unique_ptr<QgsColorRamp> rampFor( const DpkIndicator &indicator )
{
  std::unique_ptr<QgsColorRamp> ramp( QgsStyle::defaultStyle()->colorRamp( indicator.colorRamp ) );
  if ( !ramp )
    ramp.reset( QgsStyle::defaultStyle()->colorRamp( QStringLiteral( "Viridis" ) ) );
  if ( indicator.direction == DpkIndicator::Direction::LowerIsBetter )
    ramp->invert();
  return ramp;
}
// Where class \a index takes its colour on the ramp. Classes spread evenly over the ramp, except
// for diverging indicators: there 0 stays at the ramp's neutral middle, so that a class below 0
// is never drawn in the colours of "better than expected".
double rampPosition( const DpkIndicator &indicator, const QList<double> &breaks, int index )
{
  if ( indicator.direction != DpkIndicator::Direction::Diverging )
    return breaks.size() == 1 ? 1.0 : double( index ) / ( breaks.size() - 1 );

  // The first class has no lower break: it reaches as far below as the second class is wide.
  const double firstWidth = breaks.size() > 1 ? breaks.at( 1 ) - breaks.first() : 0.0;
  const double lowest = std::max( indicator.minimum, breaks.first() - firstWidth );
  const double reach = std::max( { std::abs( lowest ), std::abs( breaks.last() ), 1e-9 } );
  const double lower = index == 0 ? lowest : breaks.at( index - 1 );
  const double middle = ( lower + breaks.at( index ) ) / 2.0;
  return std::clamp( 0.5 + 0.5 * middle / reach, 0.0, 1.0 );
}
} // namespace

std::unique_ptr<QgsFeatureRenderer>
DpkStyleBuilder::renderer( const DpkIndicator &indicator, const QList<double> &breaks,
                           QgsWkbTypes::GeometryType geometryType )
{
  const QString value = QgsExpression::quotedColumnRef( DpkLayerFields::value( indicator.id ) );
  const QString status = QgsExpression::quotedColumnRef( DpkLayerFields::status( indicator.id ) );
  auto *root = new QgsRuleBasedRenderer::Rule( nullptr );

  const std::unique_ptr<QgsColorRamp> ramp = rampFor( indicator );
  for ( int i = 0; i < breaks.size(); ++i )
  {
    const bool first = i == 0;
    const double lower = first ? indicator.minimum : breaks.at( i - 1 );
    const QString filter = first ? QStringLiteral( "%1 IS NOT NULL AND %1 <= %2" )
                                       .arg( value )
                                       .arg( breaks.at( i ), 0, 'g', 17 )
                                 : QStringLiteral( "%1 > %2 AND %1 <= %3" )
                                       .arg( value )
                                       .arg( lower, 0, 'g', 17 )
                                       .arg( breaks.at( i ), 0, 'g', 17 );
    const double position = rampPosition( indicator, breaks, i );
    root->appendChild( new QgsRuleBasedRenderer::Rule(
        classSymbol( ramp->color( position ), geometryType ), 0, 0, filter,
        classLabel( indicator, lower, breaks.at( i ), first ) ) );
  }

  const QString suppressed = DpkValue::statusKey( DpkValue::Status::SuppressedFewPupils );
  root->appendChild( new QgsRuleBasedRenderer::Rule(
      noFigureSymbol( NO_FIGURE_SUPPRESSED, geometryType ), 0, 0,
      QStringLiteral( "%1 IS NULL AND %2 = '%3'" ).arg( value, status, suppressed ),
      suppressedLabel( indicator ) ) );

  // A school's "~100" share has no exact number but is among the best: drawn in the ramp's
  // best colour with a shape of its own, never as a missing figure. Areas are never "~100".
  QStringList withoutNumber{ suppressed };
  if ( indicator.unit == QLatin1String( "percent" ) && geometryType == QgsWkbTypes::PointGeometry )
  {
    const QString nearHundred = DpkValue::statusKey( DpkValue::Status::RoundedNear100 );
    withoutNumber << nearHundred;
    root->appendChild( new QgsRuleBasedRenderer::Rule(
        nearHundredSymbol( ramp->color( 1.0 ) ), 0, 0,
        QStringLiteral( "%1 IS NULL AND %2 = '%3'" ).arg( value, status, nearHundred ),
        nearHundredLabel() ) );
  }
  root->appendChild( new QgsRuleBasedRenderer::Rule(
      noFigureSymbol( NO_FIGURE_MISSING, geometryType ), 0, 0,
      QStringLiteral( "%1 IS NULL AND (%2 IS NULL OR %2 NOT IN ('%3'))" )
          .arg( value, status, withoutNumber.join( QStringLiteral( "', '" ) ) ),
      missingLabel() ) );
  return std::make_unique<QgsRuleBasedRenderer>( root );
}

QString DpkStyleBuilder::classLabel( const DpkIndicator &indicator, double lower, double upper,
                                     bool first )
{
  const QLocale locale;
  const QString from = locale.toString( lower, 'f', indicator.decimals );
  const QString to = locale.toString( upper, 'f', indicator.decimals );
  return first ? tr( "up to %1" ).arg( to ) : tr( "over %1 to %2" ).arg( from, to );
}

QString DpkStyleBuilder::suppressedLabel( const DpkIndicator &indicator )
{
  return tr( "Suppressed: fewer than %1 pupils" ).arg( indicator.minimumGroup );
}

QString DpkStyleBuilder::nearHundredLabel()
{
  return tr( "Nearly 100 %: all but 1–4 pupils" );
}

QString DpkStyleBuilder::missingLabel()
{
  return tr( "No figure published" );
}

QgsSymbol *DpkStyleBuilder::classSymbol( const QColor &color,
                                         QgsWkbTypes::GeometryType geometryType )
{
  if ( geometryType == QgsWkbTypes::PolygonGeometry )
  {
    auto *fill = new QgsSimpleFillSymbolLayer( color, Qt::SolidPattern, QColor( 60, 60, 60 ) );
    fill->setStrokeWidth( 0.2 );
    return new QgsFillSymbol( QgsSymbolLayerList{ fill } );
  }
  auto *marker = DpkQgisCompat::createSimpleMarker( DpkQgisCompat::MarkerShape::Circle, 3.0 );
  marker->setColor( color );
  marker->setStrokeColor( QColor( 40, 40, 40 ) );
  return new QgsMarkerSymbol( QgsSymbolLayerList{ marker } );
}

QgsSymbol *DpkStyleBuilder::nearHundredSymbol( const QColor &color )
{
  auto *marker = DpkQgisCompat::createSimpleMarker( DpkQgisCompat::MarkerShape::Diamond, 3.6 );
  marker->setColor( color );
  marker->setStrokeColor( QColor( 40, 40, 40 ) );
  return new QgsMarkerSymbol( QgsSymbolLayerList{ marker } );
}

QgsSymbol *DpkStyleBuilder::noFigureSymbol( const QColor &color,
                                            QgsWkbTypes::GeometryType geometryType )
{
  if ( geometryType == QgsWkbTypes::PolygonGeometry )
  {
    auto *background = new QgsSimpleFillSymbolLayer( QColor( 240, 240, 240 ), Qt::SolidPattern,
                                                     QColor( 60, 60, 60 ) );
    background->setStrokeWidth( 0.2 );
    auto *hatch = new QgsSimpleFillSymbolLayer( color, Qt::BDiagPattern, Qt::transparent );
    hatch->setStrokeStyle( Qt::NoPen );
    return new QgsFillSymbol( QgsSymbolLayerList{ background, hatch } );
  }
  auto *marker = DpkQgisCompat::createSimpleMarker( DpkQgisCompat::MarkerShape::Cross, 2.6 );
  marker->setColor( color );
  marker->setStrokeColor( color );
  marker->setStrokeWidth( 0.5 );
  return new QgsMarkerSymbol( QgsSymbolLayerList{ marker } );
}
