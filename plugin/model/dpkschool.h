#ifndef DPKSCHOOL_H
#define DPKSCHOOL_H

#include "dpkvalueseries.h"

#include <QHash>
#include <QString>

#include <optional>

/**
 * \brief Where a school is, in the coordinate system its source gives.
 *
 * The model knows no projections: \a crs is an authority id such as "EPSG:3006", or the WKT of a
 * system that has none (a municipality's own), which the map layers resolve.
 */
struct DpkSchoolLocation
{
  double x = 0.0;
  double y = 0.0;
  QString crs;
};

/**
 * \brief One school unit (skolenhet) with its published statistics.
 *
 * The skolenhetskod joins every Skolverket source. Values are kept per indicator id of the
 * catalogue, each as a series over school years. Only organisational facts are held: no field
 * that names a person is ever copied from a source.
 */
struct DpkSchool
{
  QString code;             //!< Skolenhetskod, 8 digits.
  QString name;             //!< The school's name.
  QString municipalityCode; //!< Kommunkod, 4 digits with its leading zero.
  QString municipalityName; //!< Kommun, where the source gives it.
  QString organiserType;    //!< Typ av huvudman: Kommunal, Enskild, Fristående, ...
  QString organiser;        //!< Huvudman, the organisation running the school.
  std::optional<DpkSchoolLocation> location;
  QHash<QString, DpkValueSeries> values; //!< Indicator id to its values.
};

#endif // DPKSCHOOL_H
