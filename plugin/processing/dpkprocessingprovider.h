#ifndef DPKPROCESSINGPROVIDER_H
#define DPKPROCESSINGPROVIDER_H

#include "dpkindicatorcatalogue.h"

#include <qgsprocessingprovider.h>

/**
 * \brief The "Data på karta" provider in QGIS's Processing framework: the main steps of a run as
 * algorithms for the toolbox, the Graphical Modeler and batch mode.
 *
 * The steps are Read results, Place schools, Aggregate to areas, Style results and Make map
 * sheet, with the ids datapakarta:readresults and so on. They offer the indicators of the
 * catalogue given at creation (the built-in one with the organisation's on top).
 */
class DpkProcessingProvider : public QgsProcessingProvider
{
  Q_OBJECT

public:
  //! The provider's id, the prefix of its algorithms' ids.
  static const QString PROVIDER_ID;

  //! Creates the provider whose algorithms offer the indicators of \a catalogue.
  explicit DpkProcessingProvider( const DpkIndicatorCatalogue &catalogue,
                                  QObject *parent = nullptr );

  QString id() const override;
  QString name() const override;
  QString longName() const override;
  QIcon icon() const override;
  QString svgIconPath() const override;

protected:
  void loadAlgorithms() override;

private:
  DpkIndicatorCatalogue mCatalogue;
};

#endif // DPKPROCESSINGPROVIDER_H
