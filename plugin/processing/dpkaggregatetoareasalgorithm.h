#ifndef DPKAGGREGATETOAREASALGORITHM_H
#define DPKAGGREGATETOAREASALGORITHM_H

#include "dpkprocessingalgorithm.h"

/**
 * \brief Processing algorithm "Aggregate to areas": pupil-weighted figures per area from the
 * schools that lie in it, with the basis of each figure.
 *
 * Works with any polygon layer (stadsdelsområden, grundskoleområden, DeSO, ...): the area's code
 * and name come from fields the user picks. The figures follow the same privacy rule as the
 * panel's area layers.
 */
class DpkAggregateToAreasAlgorithm : public DpkProcessingAlgorithm
{
  Q_DECLARE_TR_FUNCTIONS( DpkAggregateToAreasAlgorithm )

public:
  //! Creates the algorithm offering the indicators of \a offered, run with those of \a loader.
  explicit DpkAggregateToAreasAlgorithm( const DpkIndicatorCatalogue &offered,
                                         const DpkOrganisationCatalogue::Loader &loader );

  QString name() const override;
  QString displayName() const override;
  QStringList tags() const override;
  QString shortHelpString() const override;
  DpkAggregateToAreasAlgorithm *createInstance() const override;

protected:
  void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;
  QVariantMap runStep( const QVariantMap &parameters, QgsProcessingContext &context,
                       QgsProcessingFeedback &feedback ) override;
};

#endif // DPKAGGREGATETOAREASALGORITHM_H
