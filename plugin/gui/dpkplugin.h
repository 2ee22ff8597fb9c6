#ifndef DPKPLUGIN_H
#define DPKPLUGIN_H

#include "dpkdockwidget.h"
#include "dpklanguage.h"

#include <QAction>
#include <QObject>
#include <QPointer>

class DpkPluginHost;

/**
 * \brief The plugin's interface in QGIS: the "Data på karta" panel and the action that shows it.
 *
 * Everything created by initGui() is removed again by unload(), so that a plugin switched off in
 * the Plugin Manager leaves nothing behind.
 */
class DpkPlugin : public QObject
{
  Q_OBJECT

public:
  //! Creates the plugin for \a host; nothing is shown before initGui().
  explicit DpkPlugin( DpkPluginHost *host, QObject *parent = nullptr );
  ~DpkPlugin() override;

  /**
   * Installs the translation for the interface language \a locale, then adds the panel, a menu
   * entry and a toolbar button that show and hide it.
   */
  void initGui( const QString &locale );

  //! Removes everything that initGui() added, including the translation.
  void unload();

  //! Returns the panel, or nullptr when the interface is not installed.
  DpkDockWidget *dockWidget() const { return mDock; }

  //! Returns the action that shows and hides the panel, or nullptr when not installed.
  QAction *toggleAction() const { return mToggleAction; }

private:
  DpkPluginHost *mHost = nullptr;
  DpkLanguage mLanguage;
  QPointer<DpkDockWidget> mDock;
  QPointer<QAction> mToggleAction;
};

#endif // DPKPLUGIN_H
