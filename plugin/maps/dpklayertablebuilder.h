#ifndef DPKLAYERTABLEBUILDER_H
#define DPKLAYERTABLEBUILDER_H

#include "dpkareafigure.h"
#include "dpkareaindex.h"
#include "dpkindicator.h"
#include "dpklayertable.h"
#include "dpkperiod.h"
#include "dpkschool.h"
#include "dpkunplacedschool.h"

#include <QCoreApplication>
#include <QHash>

/**
 * \brief Turns schools and area figures into the tables of the plugin's layers.
 *
 * Every indicator gives three fields: its number (NULL whenever the privacy rule or a
 * Skolverket mark allows no number), its status key and its school year. Area tables add the
 * basis of each figure. Field aliases are Swedish, the language of the administration's reports.
 */
class DpkLayerTableBuilder
{
  Q_DECLARE_TR_FUNCTIONS( DpkLayerTableBuilder )

public:
  //! The GeoPackage table names.
  static const QString SCHOOLS_TABLE;
  static const QString UNPLACED_TABLE;
  static const QString AREAS_TABLE;

  /**
   * Returns the point table of \a schools (with a location in \a crs), with \a indicators'
   * figures for \a period as they may be shown, and the code of the area each lies in
   * (\a areaOfSchool, empty when there are no areas). A school without a location gets a
   * feature without geometry, so the same table holds results that are not yet placed.
   */
  static DpkLayerTable schools( const QList<DpkSchool> &schools,
                                const QList<DpkIndicator> &indicators, const DpkPeriod &period,
                                const QgsCoordinateReferenceSystem &crs,
                                const QHash<QString, QString> &areaOfSchool );

  //! Returns the table, without geometry, of the schools that could not be placed.
  static DpkLayerTable unplacedSchools( const QList<DpkUnplacedSchool> &schools );

  /**
   * Returns the polygon table of \a areas with, for every indicator, the figure in
   * \a figures (indicator id to area code to figure).
   */
  static DpkLayerTable areas( const QList<DpkArea> &areas, const QgsCoordinateReferenceSystem &crs,
                              const QList<DpkIndicator> &indicators, const DpkPeriod &period,
                              const QHash<QString, QHash<QString, DpkAreaFigure>> &figures );

private:
  static void addIndicatorFields( DpkLayerTable &table, const DpkIndicator &indicator );
  static QVariant number( const DpkValue &value );
};

#endif // DPKLAYERTABLEBUILDER_H
