#ifndef DPKREADRESULTSALGORITHM_H
#define DPKREADRESULTSALGORITHM_H

#include "dpkprocessingalgorithm.h"

/**
 * \brief Processing algorithm "Read results": a Skolverket statistics export (CSV or XLSX) into a
 * table of schools with the chosen indicators' figures as they may be shown.
 *
 * The table has no geometry; "Place schools" puts it on the map. Each indicator's pupil count
 * (its weight) comes along, so that "Aggregate to areas" can weigh the figures.
 */
class DpkReadResultsAlgorithm : public DpkProcessingAlgorithm
{
  Q_DECLARE_TR_FUNCTIONS( DpkReadResultsAlgorithm )

public:
  //! Creates the algorithm offering the indicators of \a offered, run with those of \a loader.
  explicit DpkReadResultsAlgorithm( const DpkIndicatorCatalogue &offered,
                                    const DpkOrganisationCatalogue::Loader &loader );

  QString name() const override;
  QString displayName() const override;
  QStringList tags() const override;
  QString shortHelpString() const override;
  DpkReadResultsAlgorithm *createInstance() const override;

protected:
  void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;
  QVariantMap runStep( const QVariantMap &parameters, QgsProcessingContext &context,
                       QgsProcessingFeedback &feedback ) override;
};

#endif // DPKREADRESULTSALGORITHM_H
