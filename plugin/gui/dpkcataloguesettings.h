#ifndef DPKCATALOGUESETTINGS_H
#define DPKCATALOGUESETTINGS_H

#include "dpkindicatorcatalogue.h"
#include "dpkresult.h"

#include <QString>

/**
 * \brief Where the plugin finds an organisation's indicator catalogue: a file chosen in the
 * plugin's settings, read on top of the built-in catalogue.
 *
 * Kept apart from DpkIndicatorCatalogue so that the model reads no settings of QGIS. Reading
 * the setting and loading the catalogue are DpkOrganisationCatalogue's, below the interface, so
 * that the Processing algorithms load the same catalogue; this class adds what the settings
 * dialog changes.
 */
class DpkCatalogueSettings
{
public:
  //! The settings key that holds the path of the organisation's catalogue file.
  static QString settingsKey();

  //! Returns the path of the organisation's catalogue file, or an empty string for none.
  static QString organisationCataloguePath();

  //! Stores \a path as the organisation's catalogue file; an empty path removes the setting.
  static void setOrganisationCataloguePath( const QString &path );

  //! Returns the built-in catalogue with the organisation's catalogue, if one is set, on top.
  static DpkResult<DpkIndicatorCatalogue> load();
};

#endif // DPKCATALOGUESETTINGS_H
