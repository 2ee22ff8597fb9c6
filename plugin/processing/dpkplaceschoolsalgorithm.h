#ifndef DPKPLACESCHOOLSALGORITHM_H
#define DPKPLACESCHOOLSALGORITHM_H

#include "dpkdataset.h"
#include "dpkprocessingalgorithm.h"

/**
 * \brief Processing algorithm "Place schools": puts a table of schools (from "Read results") on
 * the map, at the positions of a point layer or of Skolverket's Planned Educations API.
 *
 * Schools that cannot be placed go to a second table with the reason, as in the panel's run.
 */
class DpkPlaceSchoolsAlgorithm : public DpkProcessingAlgorithm
{
  Q_DECLARE_TR_FUNCTIONS( DpkPlaceSchoolsAlgorithm )

public:
  //! Creates the algorithm offering the indicators of \a offered, run with those of \a loader.
  explicit DpkPlaceSchoolsAlgorithm( const DpkIndicatorCatalogue &offered,
                                     const DpkOrganisationCatalogue::Loader &loader );

  QString name() const override;
  QString displayName() const override;
  QStringList tags() const override;
  QString shortHelpString() const override;
  DpkPlaceSchoolsAlgorithm *createInstance() const override;

protected:
  void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;
  QVariantMap runStep( const QVariantMap &parameters, QgsProcessingContext &context,
                       QgsProcessingFeedback &feedback ) override;

private:
  DpkDataset readLocations( const QVariantMap &parameters, const QList<DpkSchool> &schools,
                            QgsProcessingContext &context, QgsProcessingFeedback &feedback ) const;
};

#endif // DPKPLACESCHOOLSALGORITHM_H
