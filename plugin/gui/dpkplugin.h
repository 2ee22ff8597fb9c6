#ifndef DPKPLUGIN_H
#define DPKPLUGIN_H

#include "dpkdockwidget.h"
#include "dpklanguage.h"
#include "dpkprocessingprovider.h"

#include <QAction>
#include <QObject>
#include <QPointer>

class DpkPluginHost;

/**
 * \brief The plugin's interface in QGIS: the "Data på karta" panel, the action that shows it and
 * the Processing provider with the run's steps as algorithms.
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

  //! Returns the action that opens the plugin's settings, or nullptr when not installed.
  QAction *settingsAction() const { return mSettingsAction; }

  /**
   * Opens the plugin's settings (DpkSettingsWidget) in a window of their own: the organisation's
   * catalogue, layout templates and logo, and the installation of the project template.
   */
  void showSettings();

  //! Returns the plugin's Processing provider, or nullptr when not installed.
  DpkProcessingProvider *processingProvider() const { return mProvider; }

private:
  //! Registers the plugin's algorithms with QGIS's Processing framework.
  void addProcessingProvider();

  DpkPluginHost *mHost = nullptr;
  DpkLanguage mLanguage;
  QPointer<DpkDockWidget> mDock;
  QPointer<QAction> mToggleAction;
  QPointer<QAction> mSettingsAction;
  QPointer<DpkProcessingProvider> mProvider;
};

#endif // DPKPLUGIN_H
