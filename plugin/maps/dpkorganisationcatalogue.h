#ifndef DPKORGANISATIONCATALOGUE_H
#define DPKORGANISATIONCATALOGUE_H

#include "dpkindicatorcatalogue.h"
#include "dpkresult.h"

#include <QString>

#include <functional>

/**
 * \brief The indicator catalogue a run must use: the built-in one with the organisation's
 * catalogue file, set in the plugin's settings, on top.
 *
 * It lives beside the engine rather than in the interface so that every way of running a step
 * (the panel, Processing algorithms) reads the same, current minimum groups from the same
 * setting, and no layer below the interface depends on it.
 */
class DpkOrganisationCatalogue
{
public:
  //! Something that loads the catalogue a run must use, such as load().
  using Loader = std::function<DpkResult<DpkIndicatorCatalogue>()>;

  //! The settings key that holds the path of the organisation's catalogue file.
  static QString settingsKey();

  //! Returns the path of the organisation's catalogue file, or an empty string for none.
  static QString path();

  /**
   * Returns the built-in catalogue with the organisation's catalogue, if one is set, on top, as
   * the settings say now; an organisation's file that cannot be read or used is an error naming
   * it, never a silent fallback to the built-in minimum groups.
   */
  static DpkResult<DpkIndicatorCatalogue> load();
};

#endif // DPKORGANISATIONCATALOGUE_H
