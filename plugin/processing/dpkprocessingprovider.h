#ifndef DPKPROCESSINGPROVIDER_H
#define DPKPROCESSINGPROVIDER_H

#include "dpkorganisationcatalogue.h"

#include <qgsprocessingprovider.h>

/**
 * \brief The "Data på karta" provider in QGIS's Processing framework: the main steps of a run as
 * algorithms for the toolbox, the Graphical Modeler and batch mode.
 *
 * The steps are Read results, Place schools, Aggregate to areas, Style results and Make map
 * sheet, with the ids datapakarta:readresults and so on. They offer the indicators of the
 * catalogue loaded when the algorithms are (re)loaded, and each run loads it again, so that a
 * changed organisation catalogue takes effect without registering the provider again.
 */
class DpkProcessingProvider : public QgsProcessingProvider
{
  Q_OBJECT

public:
  //! The provider's id, the prefix of its algorithms' ids.
  static const QString PROVIDER_ID;

  /**
   * Creates the provider whose algorithms offer, and run with, the catalogue that \a loader
   * returns: by default the built-in one with the organisation's, as the settings say, on top.
   */
  explicit DpkProcessingProvider(
      const DpkOrganisationCatalogue::Loader &loader = &DpkOrganisationCatalogue::load,
      QObject *parent = nullptr );

  QString id() const override;
  QString name() const override;
  QString longName() const override;
  QIcon icon() const override;
  QString svgIconPath() const override;

protected:
  void loadAlgorithms() override;

private:
  DpkOrganisationCatalogue::Loader mLoader;
};

#endif // DPKPROCESSINGPROVIDER_H
