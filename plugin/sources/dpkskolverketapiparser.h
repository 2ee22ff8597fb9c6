#ifndef DPKSKOLVERKETAPIPARSER_H
#define DPKSKOLVERKETAPIPARSER_H

#include "dpkindicator.h"
#include "dpkresult.h"
#include "dpkschool.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

/**
 * \brief Reads the JSON documents of Skolverket's Planned Educations API v4 into model values.
 *
 * Every response is wrapped as {"status", "message", "body"}. The parser knows the shape of the
 * four resources this plugin reads (a page of school units, one unit's details, one unit's
 * statistics/gr and SALSA for all schools), and nothing about HTTP, so that it can be tested and
 * measured on recorded bodies. Which statistics fields are read is decided by the indicators'
 * apiField, never by a list in code. Errors name the URL, the field and what was expected.
 */
class DpkSkolverketApiParser
{
  Q_DECLARE_TR_FUNCTIONS( DpkSkolverketApiParser )

public:
  //! One school unit as a page of /school-units lists it.
  struct ListedUnit
  {
    QString code;
    QString name;
    QString municipalityCode;
    QString organiserType;
  };

  //! One page of /school-units, with the HAL paging information.
  struct UnitPage
  {
    QList<ListedUnit> units;
    int number = 0;        //!< This page's number, from 0.
    int totalPages = 0;    //!< Number of pages in the whole list.
    int totalElements = 0; //!< Number of units in the whole list.
  };

  //! Indicator values read from one response, with the values that could not be read.
  struct Values
  {
    QHash<QString, DpkValueSeries> series; //!< Indicator id to its series.
    QSet<QString> fieldsFound;             //!< API fields that were present in the response.
    QStringList problems;                  //!< One line per value that could not be read.
  };

  //! SALSA values of every school in the response, keyed by skolenhetskod.
  struct SalsaValues
  {
    QHash<QString, QHash<QString, DpkValueSeries>> schools;
    QSet<QString> fieldsFound;
    QStringList problems;
  };

  //! Returns the apiResource of indicators read from a unit's statistics/gr.
  static QString statisticsResource();

  //! Returns the apiResource of indicators read from SALSA for all schools.
  static QString salsaResource();

  /**
   * Returns true when \a indicator is read from \a resource: its apiResource names it, or it
   * names none and \a resource is statisticsResource(). Indicators without apiField are not read.
   */
  static bool isReadFrom( const DpkIndicator &indicator, const QString &resource );

  //! Reads a page of /school-units?...; \a url names the response in errors.
  static DpkResult<UnitPage> parseUnitPage( const QJsonDocument &document, const QString &url );

  /**
   * Reads /school-units/{code}: code, name, municipality, type of organiser and the location
   * (SWEREF 99 TM as EPSG:3006, else WGS84 as EPSG:4326, else none). Contact details and other
   * fields that may name a person are not read.
   */
  static DpkResult<DpkSchool> parseUnitDetails( const QJsonDocument &document, const QString &url );

  /**
   * Reads /school-units/{code}/statistics/gr: for every indicator read from statisticsResource()
   * whose apiField is in the body,
   * the series of {value, valueType, timePeriod} over school years. An entry without a period
   * and without a number says that nothing is published and is passed over.
   */
  static DpkResult<Values> parseStatistics( const QJsonDocument &document,
                                            const QList<DpkIndicator> &indicators,
                                            const QString &url );

  /**
   * Reads /statistics/all-schools/salsa: body.compulsorySchoolUnitSalsaMetricList holds one
   * object per school unit (schoolUnitCode and fields such as
   * salsaAverageGradesIn9thGradeDeviation, each {value, valueType}) and body.timePeriod is the
   * school year of them all. Only indicators read from salsaResource() are looked for.
   *
   * No response of this resource was recorded for the project: the shape is taken from public
   * client code and test fixtures of the v3/v4 API. A null entry in the list is passed over.
   */
  static DpkResult<SalsaValues> parseSalsa( const QJsonDocument &document,
                                            const QList<DpkIndicator> &indicators,
                                            const QString &url );
};

#endif // DPKSKOLVERKETAPIPARSER_H
