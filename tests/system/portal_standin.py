"""A stand-in for xdg-desktop-portal's Background portal, for tests on a private session bus.

Run with a Python that has GLib's introspection (Debian's python3-gi): it owns
org.freedesktop.portal.Desktop, checks each RequestBackground call's D-Bus types as the real
portal reads them (options a{sv}, commandline as, autostart b), writes what it received to the
file named on its command line, answers with the request handle, then emits Response there:
yes, or no when the second argument is "deny".
"""

from __future__ import annotations

import json
import sys

from gi.repository import Gio, GLib

XML = """<node><interface name="org.freedesktop.portal.Background">
  <method name="RequestBackground">
    <arg type="s" name="parent_window" direction="in"/>
    <arg type="a{sv}" name="options" direction="in"/>
    <arg type="o" name="handle" direction="out"/>
  </method>
</interface></node>"""
TYPES = {"handle_token": "s", "reason": "s", "autostart": "b", "commandline": "as",
         "dbus-activatable": "b"}  # fmt: skip


def handle_path(sender: str, token: str) -> str:
    return f"/org/freedesktop/portal/desktop/request/{sender[1:].replace('.', '_')}/{token}"


def on_call(connection, sender, path, interface, method, parameters, invocation) -> None:
    options = parameters.get_child_value(1)
    given = options.unpack()
    types = {key: options.lookup_value(key, None).get_type_string() for key in given}
    wrong = {k: t for k, t in types.items() if TYPES.get(k, t) != t}
    received = {"parent_window": parameters.get_child_value(0).get_string(),
                "options": given, "types": types}  # fmt: skip
    with open(sys.argv[1], "w") as out:
        json.dump(received, out)
    if wrong:
        invocation.return_dbus_error("org.freedesktop.DBus.Error.InvalidArgs", f"types {wrong}")
        return
    handle = handle_path(sender, given.get("handle_token", "t"))
    invocation.return_value(GLib.Variant("(o)", (handle,)))
    on = GLib.Variant("b", given.get("autostart", False))
    answer = {"background": GLib.Variant("b", True), "autostart": on}
    code = 1 if sys.argv[2:] == ["deny"] else 0
    connection.emit_signal(sender, handle, "org.freedesktop.portal.Request", "Response",
                           GLib.Variant("(ua{sv})", (code, answer)))  # fmt: skip


def main() -> None:
    bus = Gio.bus_get_sync(Gio.BusType.SESSION)
    interface = Gio.DBusNodeInfo.new_for_xml(XML).interfaces[0]
    bus.register_object("/org/freedesktop/portal/desktop", interface, on_call, None, None)
    loop = GLib.MainLoop()
    ready = lambda *_: print("ready", flush=True)  # noqa: E731
    lost = lambda *_: loop.quit()  # noqa: E731
    flags = Gio.BusNameOwnerFlags.NONE
    Gio.bus_own_name_on_connection(bus, "org.freedesktop.portal.Desktop", flags, ready, lost)
    loop.run()


if __name__ == "__main__":
    main()
