#ifndef DPKSTYLEBUILDER_H
#define DPKSTYLEBUILDER_H

#include "dpkindicator.h"

#include <qgswkbtypes.h>

#include <QCoreApplication>

#include <memory>

class QgsFeatureRenderer;
class QgsSymbol;

/**
 * \brief Builds the standard map style of an indicator from the catalogue.
 *
 * The renderer is rule based: one rule per class between the given breaks, coloured from the
 * catalogue's colour ramp (reversed where lower values are better), and two neutral, hatched
 * rules whose legend texts say why a feature has no figure: suppressed because too few pupils
 * stand behind it, or not published. Schools of a share published as "~100" get a rule of their
 * own in the ramp's best colour. Rules rather than QGIS's graduated renderer, because a
 * graduated renderer has no class for features without a number.
 */
class DpkStyleBuilder
{
  Q_DECLARE_TR_FUNCTIONS( DpkStyleBuilder )

public:
  /**
   * Returns the renderer for \a indicator with classes ending at \a breaks (ascending upper
   * bounds), for features of \a geometryType.
   */
  static std::unique_ptr<QgsFeatureRenderer> renderer( const DpkIndicator &indicator,
                                                       const QList<double> &breaks,
                                                       QgsWkbTypes::GeometryType geometryType );

  //! Returns the legend text of the class from \a lower (exclusive) to \a upper (inclusive).
  static QString classLabel( const DpkIndicator &indicator, double lower, double upper,
                             bool first );

  //! Returns the legend text of features whose figure is suppressed.
  static QString suppressedLabel( const DpkIndicator &indicator );

  //! Returns the legend text of schools whose share is published as "~100".
  static QString nearHundredLabel();

  //! Returns the legend text of features without a published figure.
  static QString missingLabel();

private:
  static QgsSymbol *classSymbol( const QColor &color, QgsWkbTypes::GeometryType geometryType );
  static QgsSymbol *nearHundredSymbol( const QColor &color );
  static QgsSymbol *noFigureSymbol( const QColor &color, QgsWkbTypes::GeometryType geometryType );
};

#endif // DPKSTYLEBUILDER_H
