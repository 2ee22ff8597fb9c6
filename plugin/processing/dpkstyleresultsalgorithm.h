#ifndef DPKSTYLERESULTSALGORITHM_H
#define DPKSTYLERESULTSALGORITHM_H

#include "dpkprocessingalgorithm.h"

/**
 * \brief Processing algorithm "Style results": gives a school or area layer the indicator's
 * standard style from the catalogue, as the panel's layers have it.
 *
 * Classes are computed from the layer's own figures by the catalogue's method; features without
 * a number get the neutral classes that say why. Changes the layer itself, so it runs on the
 * main thread.
 */
class DpkStyleResultsAlgorithm : public DpkProcessingAlgorithm
{
  Q_DECLARE_TR_FUNCTIONS( DpkStyleResultsAlgorithm )

public:
  //! Creates the algorithm offering the indicators of \a offered, run with those of \a loader.
  explicit DpkStyleResultsAlgorithm( const DpkIndicatorCatalogue &offered,
                                     const DpkOrganisationCatalogue::Loader &loader );

  QString name() const override;
  QString displayName() const override;
  QStringList tags() const override;
  QString shortHelpString() const override;
  Flags flags() const override;
  DpkStyleResultsAlgorithm *createInstance() const override;

protected:
  void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;
  QVariantMap runStep( const QVariantMap &parameters, QgsProcessingContext &context,
                       QgsProcessingFeedback &feedback ) override;
};

#endif // DPKSTYLERESULTSALGORITHM_H
