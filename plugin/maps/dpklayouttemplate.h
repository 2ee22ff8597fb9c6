#ifndef DPKLAYOUTTEMPLATE_H
#define DPKLAYOUTTEMPLATE_H

#include <QString>

/**
 * \brief One print layout template that sheets can be made from, as the panel's template list
 * shows it: a built-in template or an organisation's .qpt file, and whether it is usable.
 */
struct DpkLayoutTemplate
{
  //! Where a template comes from.
  enum class Origin
  {
    BuiltIn,      //!< Shipped with the plugin.
    Organisation, //!< A .qpt file in one of the organisation's template folders.
  };

  QString name; //!< The name a run's layout.template gives: built-in name or file base name.
  QString path; //!< The .qpt file; a resource path (":/...") for a built-in template.
  Origin origin = Origin::BuiltIn;
  bool valid = false; //!< True when a map sheet can be made from it.
  bool atlas = false; //!< True when an atlas can be made from it too.
  QString problem;    //!< Why it is not valid, or why it makes no atlas; empty when it does both.
};

#endif // DPKLAYOUTTEMPLATE_H
