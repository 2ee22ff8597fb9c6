#ifndef DPKMAKESHEETALGORITHM_H
#define DPKMAKESHEETALGORITHM_H

#include "dpkprocessingalgorithm.h"

class QgsVectorLayer;

/**
 * \brief Processing algorithm "Make map sheet": a PDF map sheet (or an atlas with a page per
 * area) of one indicator, from a template, with the layers as they are styled.
 *
 * The sheet is the one the panel makes (DpkLayoutBuilder): title, map, legend, source line and
 * suppression note. It is laid out in a project of its own, so the user's project and its
 * layouts are not touched; copies of the layers are used.
 */
class DpkMakeSheetAlgorithm : public DpkProcessingAlgorithm
{
  Q_DECLARE_TR_FUNCTIONS( DpkMakeSheetAlgorithm )

public:
  //! Creates the algorithm offering the indicators of \a offered, run with those of \a loader.
  explicit DpkMakeSheetAlgorithm( const DpkIndicatorCatalogue &offered,
                                  const DpkOrganisationCatalogue::Loader &loader );

  QString name() const override;
  QString displayName() const override;
  QStringList tags() const override;
  QString shortHelpString() const override;
  Flags flags() const override;
  DpkMakeSheetAlgorithm *createInstance() const override;

protected:
  void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;
  QVariantMap runStep( const QVariantMap &parameters, QgsProcessingContext &context,
                       QgsProcessingFeedback &feedback ) override;

private:
  static QString firstText( QgsVectorLayer *layer, const QString &field );
};

#endif // DPKMAKESHEETALGORITHM_H
