#ifndef DPKPROCESSINGALGORITHM_H
#define DPKPROCESSINGALGORITHM_H

#include "dpkindicatorcatalogue.h"
#include "dpkresult.h"

#include <qgsprocessingalgorithm.h>

#include <QCoreApplication>

class QgsFeatureSink;
class QgsProcessingFeedback;
struct DpkLayerTable;

/**
 * \brief What the plugin's Processing algorithms share: their group, the indicator catalogue
 * they offer, and the way the engine's errors and a cancel reach QGIS.
 *
 * Every algorithm calls the engine's own classes for its step, so a step run in the Graphical
 * Modeler or in batch mode gives the same figures, under the same privacy rule, as the panel.
 */
class DpkProcessingAlgorithm : public QgsProcessingAlgorithm
{
  Q_DECLARE_TR_FUNCTIONS( DpkProcessingAlgorithm )

public:
  //! Creates an algorithm offering the indicators of \a catalogue.
  explicit DpkProcessingAlgorithm( const DpkIndicatorCatalogue &catalogue );

  QString group() const override;
  QString groupId() const override;

protected:
  //! Returns the catalogue whose indicators the algorithm offers.
  const DpkIndicatorCatalogue &catalogue() const { return mCatalogue; }

  //! Returns the ids of the catalogue's indicators, the options of an indicator parameter.
  QStringList indicatorIds() const;

  //! Returns the catalogue's indicators as a list for help texts: "id: name", one a line.
  QString indicatorList() const;

  /**
   * Returns the indicators chosen in the enum parameter \a name (values are indicator ids); an
   * unknown id is an error naming it and the ids there are.
   */
  QList<DpkIndicator> chosenIndicators( const QVariantMap &parameters, const QString &name,
                                        QgsProcessingContext &context ) const;

  //! Returns the value of \a result, or throws its error as a QgsProcessingException.
  template <typename T>
  static T valueOrThrow( DpkResult<T> result )
  {
    if ( !result.isOk() )
      throw QgsProcessingException( result.error() );
    return result.takeValue();
  }

  //! Throws when \a feedback is cancelled, so that a cancelled algorithm gives no output.
  static void throwIfCanceled( QgsProcessingFeedback *feedback );

  /**
   * Writes the features of \a table into the sink of the parameter \a name and returns the
   * sink's destination. Progress goes to \a feedback, which may cancel between features.
   */
  QString writeTable( const DpkLayerTable &table, const QVariantMap &parameters,
                      const QString &name, QgsProcessingContext &context,
                      QgsProcessingFeedback *feedback ) const;

private:
  DpkIndicatorCatalogue mCatalogue;
};

#endif // DPKPROCESSINGALGORITHM_H
