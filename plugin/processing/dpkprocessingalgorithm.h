#ifndef DPKPROCESSINGALGORITHM_H
#define DPKPROCESSINGALGORITHM_H

#include "dpkindicatorcatalogue.h"
#include "dpkorganisationcatalogue.h"
#include "dpkresult.h"

#include <qgsprocessingalgorithm.h>

#include <QCoreApplication>

class QgsFeatureSink;
class QgsFeedback;
class QgsProcessingFeedback;
struct DpkLayerTable;

/**
 * \brief What the plugin's Processing algorithms share: their group, the indicator catalogue
 * they offer and run with, and the way the engine's errors and a cancel reach QGIS.
 *
 * Every algorithm calls the engine's own classes for its step, so a step run in the Graphical
 * Modeler or in batch mode gives the same figures, under the same privacy rule, as the panel.
 * The catalogue is loaded again when a run is prepared, so that a run never uses older or more
 * lenient minimum groups than the settings hold now, and a catalogue that cannot be loaded
 * stops the run, as it stops the panel.
 */
class DpkProcessingAlgorithm : public QgsProcessingAlgorithm
{
  Q_DECLARE_TR_FUNCTIONS( DpkProcessingAlgorithm )

public:
  /**
   * Creates an algorithm offering the indicators of \a offered; a run uses the catalogue that
   * \a loader returns when the run is prepared.
   */
  DpkProcessingAlgorithm( const DpkIndicatorCatalogue &offered,
                          const DpkOrganisationCatalogue::Loader &loader );

  QString group() const override;
  QString groupId() const override;

protected:
  /**
   * Loads the catalogue the run must use; one that cannot be loaded throws an error naming the
   * catalogue file, so that nothing runs under a rule other than the settings' one.
   */
  bool prepareAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context,
                         QgsProcessingFeedback *feedback ) override;

  //! Runs runStep() with \a feedback, or with a silent one when the caller gave none.
  QVariantMap processAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context,
                                QgsProcessingFeedback *feedback ) final;

  /**
   * Runs the algorithm's step. \a feedback is never null: every algorithm reports to it and
   * may be cancelled through it without checking.
   */
  virtual QVariantMap runStep( const QVariantMap &parameters, QgsProcessingContext &context,
                               QgsProcessingFeedback &feedback ) = 0;

  /**
   * Returns the catalogue of the algorithm: while it runs, the one loaded when the run was
   * prepared; before, the one whose indicators it offers.
   */
  const DpkIndicatorCatalogue &catalogue() const { return mCatalogue; }

  //! Returns the loader of the catalogue, for the algorithm's copies.
  const DpkOrganisationCatalogue::Loader &catalogueLoader() const { return mLoader; }

  /**
   * Returns the help texts' note that a layer holding a number the privacy rule hides is
   * refused, for the algorithms that show a layer's numbers.
   */
  static QString shownFiguresHelp();

  //! Returns whether \a indicators hold the indicator with the id \a id.
  static bool containsIndicator( const QList<DpkIndicator> &indicators, const QString &id );

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
  static void throwIfCanceled( const QgsFeedback &feedback );

  /**
   * Writes the features of \a table into the sink of the parameter \a name and returns the
   * sink's destination. Progress goes to \a feedback, which may cancel between features.
   */
  QString writeTable( const DpkLayerTable &table, const QVariantMap &parameters,
                      const QString &name, QgsProcessingContext &context,
                      QgsProcessingFeedback &feedback ) const;

private:
  DpkIndicatorCatalogue mCatalogue;
  DpkOrganisationCatalogue::Loader mLoader;
};

#endif // DPKPROCESSINGALGORITHM_H
