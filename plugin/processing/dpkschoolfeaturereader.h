#ifndef DPKSCHOOLFEATUREREADER_H
#define DPKSCHOOLFEATUREREADER_H

#include "dpkindicatorcatalogue.h"
#include "dpkresult.h"
#include "dpkschooltable.h"

#include <QCoreApplication>

class QgsFeature;
class QgsFeatureSource;
class QgsFeedback;

/**
 * \brief Reads a table in the layout that DpkLayerTableBuilder writes (skolenhetskod, namn, ...,
 * and per indicator its number, status and school year) back into schools.
 *
 * This is how one Processing step hands schools to the next: the table holds only figures that
 * may be shown, each with its status, so a school read back carries the same values and marks
 * (a suppressed figure stays suppressed, "~100" stays an interval) and no number is invented.
 */
class DpkSchoolFeatureReader
{
  Q_DECLARE_TR_FUNCTIONS( DpkSchoolFeatureReader )

public:
  /**
   * Reads every feature of \a source with the indicators of \a catalogue that it has fields
   * for; a point geometry becomes the school's location. \a sourceName names the source in
   * errors, which also name the feature and field and what was expected there.
   */
  static DpkResult<DpkSchoolTable> read( const QgsFeatureSource &source,
                                         const DpkIndicatorCatalogue &catalogue,
                                         const QString &sourceName,
                                         QgsFeedback *feedback = nullptr );

private:
  static DpkResult<DpkValue> readValue( const QgsFeature &feature, const DpkIndicator &indicator,
                                        const QString &sourceName );
};

#endif // DPKSCHOOLFEATUREREADER_H
